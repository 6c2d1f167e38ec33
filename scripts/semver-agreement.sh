#!/usr/bin/env bash
# Runs `cargo xtask semver BASE HEAD` on every spec pair under tests/fixtures/semver/ (each a
# folder with base.json and head.json) and ends with `semver agreement: N/M`, M being the pairs
# that are not documented blind spots of cargo-semver-checks. Blind spots are listed, each with
# its reason, in tests/fixtures/semver/blind-spots.txt (`pair: reason`); a listed pair that
# agrees after all is reported too, so the list cannot go stale.
# Exit 0 when every other pair agrees and no blind spot is stale, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
suite=tests/fixtures/semver
blind_spots="$suite/blind-spots.txt"
cargo build --quiet -p xtask || exit 1
agreed=0
judged=0
blind=0
stale=0
for dir in "$suite"/*/; do
  pair=$(basename "$dir")
  out=$(target/debug/xtask semver "$dir/base.json" "$dir/head.json" 2>&1)
  code=$?
  verdicts=$(printf '%s\n' "$out" | grep -E '^(diff|cargo-semver-checks): ' | tr '\n' ' ')
  reason=$(grep -E "^$pair: " "$blind_spots" 2>/dev/null | cut -d' ' -f2-)
  if [ "$code" -eq 2 ]; then
    judged=$((judged + 1))
    printf 'ERROR %-40s %s\n' "$pair" "$(printf '%s\n' "$out" | tail -n 3 | tr '\n' ' ')"
  elif [ -n "$reason" ]; then
    blind=$((blind + 1))
    if [ "$code" -eq 0 ]; then
      stale=$((stale + 1))
      printf 'STALE %-40s %s(listed as a blind spot, but they agree)\n' "$pair" "$verdicts"
    else
      printf 'blind %-40s %s-- %s\n' "$pair" "$verdicts" "$reason"
    fi
  else
    judged=$((judged + 1))
    if [ "$code" -eq 0 ]; then
      agreed=$((agreed + 1))
      printf 'ok    %-40s %s\n' "$pair" "$verdicts"
    else
      printf 'FAIL  %-40s %s\n' "$pair" "$verdicts"
    fi
  fi
done
echo "semver agreement: $agreed/$judged ($blind documented blind spots of cargo-semver-checks, $stale stale)"
[ "$agreed" -eq "$judged" ] && [ "$stale" -eq 0 ]
