#!/usr/bin/env python3
"""Compare `cargo xtask diff --profile oasdiff` with oasdiff's own verdicts.

Usage: scripts/oasdiff-conformance.py [CONFORMANCE_DIR]

CONFORMANCE_DIR holds `expected.json` and the spec pairs (default: ../shared/conformance/oasdiff
beside this repository). For each pair it prints the expected and reported rule ids at the
pair's level, as multisets, then `agreement: N/M pairs`. Exits 1 when any pair disagrees.
"""

import collections
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEVELS = {"ERR": {"error"}, "WARN": {"error", "warning"}, "INFO": {"error", "warning", "info"}}


def reported_ids(base, head, min_level):
    run = subprocess.run(
        ["cargo", "xtask", "diff", "--profile", "oasdiff", "--format", "json", str(base), str(head)],
        cwd=ROOT, capture_output=True, text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"xtask diff {base} {head} exited {run.returncode}: {run.stderr.strip()}")
    changes = json.loads(run.stdout)["changes"]
    return collections.Counter(c["id"] for c in changes if c["level"] in LEVELS[min_level])


def main():
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/conformance/oasdiff"
    pairs = json.loads((folder / "expected.json").read_text())
    agreed = 0
    for pair in pairs:
        expected = collections.Counter(pair["expected"])
        got = reported_ids(folder / pair["base"], folder / pair["head"], pair["min_level"])
        if pair["kind"] == "exact":
            ok = got == expected
        else:
            ok = all(got[i] >= n for i, n in expected.items())
        agreed += ok
        print(f"{'ok  ' if ok else 'MISS'} {pair['id']} {pair['kind']:<6} {pair['min_level']:<4} "
              f"{pair['base']} -> {pair['head']}")
        if not ok:
            print(f"       expected: {sorted(expected.elements())}")
            print(f"       reported: {sorted(got.elements())}")
    print(f"agreement: {agreed}/{len(pairs)} pairs")
    return 0 if agreed == len(pairs) else 1


if __name__ == "__main__":
    sys.exit(main())
