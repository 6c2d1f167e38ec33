#!/usr/bin/env bash
# Converts every spec of a corpus folder to OpenAPI 3.1 (or the VERSION given) with the pinned
# openapi-format (tests/openapi-format/), runs `cargo xtask try-spec` on each spec and on its
# conversion, and checks that both generate and compile with the same operation and type counts.
# Usage: scripts/corpus-lowered.sh [VERSION [FOLDER]] (default 3.1, ../shared/corpus/swashbuckle).
# Ends with `lowered corpus (VERSION): N/M ...`. Exit 0 when all agree, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
version="${1:-3.1}"
corpus="${2:-../shared/corpus/swashbuckle}"
converter=tests/openapi-format/node_modules/.bin/openapi-format
[ -x "$converter" ] || npm ci --prefix tests/openapi-format --no-audit --no-fund >/dev/null || exit 1
out="target/corpus/lowered-$version"
mkdir -p "$out"
passed=0
total=0
for spec in "$corpus"/*.json; do
  total=$((total + 1))
  name=$(basename "$spec")
  if ! "$converter" "$spec" --convertTo "$version" --no-sort -o "$out/$name" >/dev/null 2>&1; then
    printf 'FAIL  %-45s openapi-format could not convert it\n' "$name"
    continue
  fi
  original=$(cargo xtask try-spec "$spec" 2>&1 | head -n 1)
  lowered=$(cargo xtask try-spec "$out/$name" 2>&1 | head -n 1)
  if [ "${original#ok: }" != "$original" ] && [ "$original" = "$lowered" ]; then
    passed=$((passed + 1))
    printf 'ok    %-45s %s\n' "$name" "$lowered"
  else
    printf 'FAIL  %-45s 3.0: %s\n      %-45s %s: %s\n' "$name" "$original" "" "$version" "$lowered"
  fi
done
echo "lowered corpus ($version): $passed/$total specs generate and compile with the same operations and types as their 3.0 form"
[ "$passed" -eq "$total" ]
