#!/usr/bin/env bash
# Runs `cargo xtask try-spec` over every spec of a corpus folder (default: the Swashbuckle corpus
# beside this repository) and ends with `corpus: N/M specs generate and compile`.
# Exit 0 when all pass, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/swashbuckle}"
passed=0
total=0
for spec in "$corpus"/*.json; do
  total=$((total + 1))
  if result=$(cargo xtask try-spec "$spec" 2>&1); then
    passed=$((passed + 1))
    printf 'ok    %-45s %s\n' "$(basename "$spec")" "$(printf '%s' "$result" | head -n 1)"
    printf '%s\n' "$result" | tail -n +2 | sed 's/^/        /'
  else
    printf 'FAIL  %-45s\n' "$(basename "$spec")"
    printf '%s\n' "$result" | sed 's/^/        /'
  fi
done
echo "corpus: $passed/$total specs generate and compile"
[ "$passed" -eq "$total" ]
