#!/usr/bin/env bash
# Runs `cargo xtask semver BASE HEAD` on every spec pair under tests/fixtures/semver/ (each a
# folder with base.json and head.json) and ends with `semver agreement: N/M`.
#
# `semver` exits 0 when the rust-client diff's verdict and cargo-semver-checks' agree, or differ
# only where cargo-semver-checks cannot see (it prints `semver: explained` and the reason for
# each finding). The pairs expected to be explained so are listed in
# tests/fixtures/semver/blind-spots.txt (`pair: what cargo-semver-checks misses`): an explained
# pair not listed, or a listed pair that agrees, is reported, so the list cannot go stale.
# Exit 0 when every pair passes `semver` as listed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
suite=tests/fixtures/semver
blind_spots="$suite/blind-spots.txt"
cargo build --quiet -p xtask || exit 1
agreed=0
explained=0
failed=0
for dir in "$suite"/*/; do
  pair=$(basename "$dir")
  out=$(target/debug/xtask semver "$dir/base.json" "$dir/head.json" 2>&1)
  code=$?
  verdicts=$(printf '%s\n' "$out" | grep -E '^(diff|cargo-semver-checks): ' | tr '\n' ' ')
  listed=$(grep -cE "^$pair: " "$blind_spots" 2>/dev/null)
  if [ "$code" -ne 0 ]; then
    failed=$((failed + 1))
    printf 'FAIL  %-40s %s\n' "$pair" "$verdicts"
    printf '%s\n' "$out" | sed 's/^/        /'
  elif printf '%s\n' "$out" | grep -q '^semver: explained'; then
    if [ "$listed" -eq 0 ]; then
      failed=$((failed + 1))
      printf 'NEW   %-40s %s(explained, but not listed in %s)\n' "$pair" "$verdicts" "$blind_spots"
      printf '%s\n' "$out" | sed 's/^/        /'
    else
      explained=$((explained + 1))
      printf 'blind %-40s %s\n' "$pair" "$verdicts"
      printf '%s\n' "$out" | sed -n '/^semver: explained/,$p' | tail -n +2 | sed 's/^/      /'
    fi
  elif [ "$listed" -ne 0 ]; then
    failed=$((failed + 1))
    printf 'STALE %-40s %s(listed as a blind spot, but they agree)\n' "$pair" "$verdicts"
  else
    agreed=$((agreed + 1))
    printf 'ok    %-40s %s\n' "$pair" "$verdicts"
  fi
done
total=$((agreed + explained + failed))
echo "semver agreement: $agreed/$((agreed + failed)) agree, $explained explained blind spots of cargo-semver-checks, $failed failed, of $total pairs"
[ "$failed" -eq 0 ]
