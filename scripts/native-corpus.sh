#!/usr/bin/env bash
# `cargo xtask try-spec` on real specs of other styles than Swashbuckle's, fetched from crates.io
# (nothing here is committed): Slack's Web API (138 operations), from the fixtures that the
# openapiv3 crate, a dependency of revolv3-codegen, publishes; and Dropshot's own test API, the
# style progenitor is written for (its paginated operations need `futures`), from the dropshot
# crate. Ends with the corpus line of scripts/corpus.sh. Exit 0 when all pass, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/corpus/native
mkdir -p "$dir"

# openapiv3's package, as cargo fetched it for this workspace.
openapiv3=$(cargo metadata --format-version 1 --locked --filter-platform "$(rustc -vV | sed -n "s/^host: //p")" |
  python3 -c 'import json, sys, os; print(next(os.path.dirname(p["manifest_path"]) for p in json.load(sys.stdin)["packages"] if p["name"] == "openapiv3"))')
cp "$openapiv3/fixtures/slack.json" "$dir/slack.json"

dropshot_version=0.16.7
dropshot_sha256=d69fd85c8dfc67252d02f260595f6b62b5abceb1b88b4b9722369d27936e5fa4
crate="$dir/dropshot-$dropshot_version.crate"
if [ ! -f "$crate" ] || ! echo "$dropshot_sha256  $crate" | sha256sum --check --status; then
  curl --fail --silent --show-error --location --retry 3 \
    "https://static.crates.io/crates/dropshot/dropshot-$dropshot_version.crate" -o "$crate"
  echo "$dropshot_sha256  $crate" | sha256sum --check --status ||
    { echo "dropshot-$dropshot_version.crate: sha256 mismatch" >&2; exit 1; }
fi
tar -xzf "$crate" -O "dropshot-$dropshot_version/tests/test_openapi_fuller.json" > "$dir/dropshot-test-api.json"

exec scripts/corpus.sh "$dir"
