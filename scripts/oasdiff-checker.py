#!/usr/bin/env python3
"""Run `xtask diff --profile oasdiff` over oasdiff's checker test suite, extracted as data.

Usage: scripts/oasdiff-checker.py [CASES_JSON [ROOT]]

CASES_JSON defaults to ../shared/conformance/oasdiff-checker/cases.json beside this repository;
ROOT, the folder the cases' `data/...` paths are relative to, defaults to the folder of
CASES_JSON, and `rules.json` is read from there too. For each case the diff's findings are
kept when their id is in the case's `checks` and their level is at least `min_level`, then
compared with the case's expected changes as a multiset of (id, level), with the operation
and path where the case gives them (see the suite's README). Every disagreement is printed
with the expected and reported changes; the last line is `checker agreement: N/M`.

Disagreements we keep on purpose are listed, each with its reason, in
scripts/oasdiff-checker-known.txt (`case id: reason`). Exits 1 when a case outside that list
disagrees, or a listed case agrees after all (so the list cannot go stale).

The xtask binary is built once and then run directly, so each case costs one process.
"""

import collections
import json
import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
LEVELS = {"info": 0, "warning": 1, "error": 2}
# oasdiff's test helpers turn the versioning policy off, so "ALL" leaves these out.
VERSIONING_IDS = {"api-version-not-bumped", "api-version-decreased", "api-major-version-not-bumped"}


def xtask_binary():
    build = subprocess.run(["cargo", "build", "--quiet", "-p", "xtask"], cwd=REPO)
    if build.returncode != 0:
        sys.exit("cargo build -p xtask failed")
    return pathlib.Path("target") / "debug" / ("xtask.exe" if os.name == "nt" else "xtask")


def relative(path):
    """`path` relative to the repository root, where xtask runs."""
    return os.path.relpath(path, REPO)


def reported_changes(binary, base, head):
    run = subprocess.run(
        [str(binary), "diff", "--profile", "oasdiff", "--format", "json", relative(base), relative(head)],
        cwd=REPO, capture_output=True, text=True,
    )
    if run.returncode != 0:
        return None, f"xtask diff exited {run.returncode}: {run.stderr.strip()}"
    changes = []
    for change in json.loads(run.stdout)["changes"]:
        method, _, path = (change.get("operation") or "").partition(" ")
        changes.append({"id": change["id"], "level": change["level"], "operation": method or None,
                        "path": path or None})
    return changes, None


def matches(expected, change):
    return (expected["id"] == change["id"] and expected["level"] == change["level"]
            and expected.get("operation") in (None, change["operation"])
            and expected.get("path") in (None, change["path"]))


def unmatched(expected, reported):
    """Expected entries with no reported change, and reported changes left over, pairing the
    most specific expectations first so a loose one cannot take a change a pinned one needs."""
    left = list(reported)
    missing = []
    for entry in sorted(expected, key=lambda e: (e.get("operation") is None, e.get("path") is None)):
        hit = next((c for c in left if matches(entry, c)), None)
        if hit is None:
            missing.append(entry)
        else:
            left.remove(hit)
    return missing, left


def verdict(case, reported):
    missing, extra = unmatched(case["expected"], reported)
    if case["exact"]:
        return not missing and not extra
    ids = collections.Counter(c["id"] for c in reported)
    expected_ids = collections.Counter(e["id"] for e in case["expected"])
    return (not missing
            and ("count" not in case or len(reported) == case["count"])
            and ("min_count" not in case or len(reported) >= case["min_count"])
            and not any(ids[i] for i in case.get("absent", []))
            and all(ids[i] == expected_ids[i] for i in case.get("exact_for_ids", [])))


def show(changes):
    def one(c):
        where = " ".join(x for x in (c.get("operation"), c.get("path")) if x)
        return f"{c['id']} ({c['level']}{', ' + where if where else ''})"
    return ", ".join(sorted(one(c) for c in changes)) or "(none)"


def main():
    cases_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else \
        REPO.parent / "shared/conformance/oasdiff-checker/cases.json"
    root = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else cases_path.parent
    cases = json.loads(cases_path.read_text())
    every_id = {r["id"] for r in json.loads((cases_path.parent / "rules.json").read_text())} - VERSIONING_IDS
    known = dict(
        line.split(": ", 1)
        for line in (REPO / "scripts/oasdiff-checker-known.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )
    binary = xtask_binary()
    agreed = 0
    unexpected = 0
    for case in cases:
        reported, error = reported_changes(binary, root / case["base"], root / case["head"])
        if reported is not None:
            scope = every_id if case["checks"] == "ALL" else set(case["checks"])
            floor = LEVELS[case["min_level"]]
            reported = [c for c in reported if c["id"] in scope and LEVELS[c["level"]] >= floor]
        ok = reported is not None and verdict(case, reported)
        agreed += ok
        if ok and case["id"] in known:
            unexpected += 1
            print(f"STALE {case['id']}: listed as a known disagreement, but it agrees")
        elif not ok:
            unexpected += case["id"] not in known
            kind = "exact" if case["exact"] else "contains"
            label = "KNOWN" if case["id"] in known else "MISS"
            print(f"{label} {case['id']} ({kind}, {case['min_level']}+) {case['base']} -> {case['head']}")
            print(f"     expected: {show(case['expected'])}")
            print(f"     reported: {error or show(reported)}")
            if case["id"] in known:
                print(f"     why: {known[case['id']]}")
    print(f"checker agreement: {agreed}/{len(cases)} ({len(cases) - agreed - unexpected} known disagreements)")
    return 0 if unexpected == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
