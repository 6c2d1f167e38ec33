#!/usr/bin/env bash
# Runs every coverage-guided fuzz target in fuzz/ (cargo fuzz, libFuzzer) for SECONDS each,
# from the committed seed corpora, and prints per target the executions, the coverage reached
# and the crashes found. Exits 1 when a target crashes (its input is kept under
# target/fuzz/artifacts/<target>/; turn it into a regression test), 2 when it cannot run.
#
# Usage: scripts/fuzz.sh SECONDS [TARGET...]
#
# Needs cargo-fuzz (`cargo install --locked cargo-fuzz`) and a C++ compiler for libFuzzer.
# Without sanitizers (our code is safe Rust; what we look for is panics, broken invariants and
# runaway resources), it builds on stable Rust.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "scripts/fuzz.sh needs cargo-fuzz: cargo install --locked cargo-fuzz" >&2
  exit 2
fi

# Everything the runs write stays under target/: the committed seeds are read only.
work=target/fuzz
mkdir -p "$work"
export CARGO_TARGET_DIR="$PWD/target/fuzz/build"

mapfile -t targets < <(cargo fuzz list --fuzz-dir fuzz)
if [ $# -gt 0 ]; then
  targets=("$@")
fi
cargo fuzz build --fuzz-dir fuzz --sanitizer none --release

crashed=()
printf '%-16s %12s %8s %8s %8s\n' target executions cov ft crashes
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"
  artifacts="$work/artifacts/$target/"
  # Crashes of an earlier run are not this run's.
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  log="$work/$target.log"
  status=0
  # New inputs go to the first corpus folder; the committed seeds (second) are only read.
  cargo fuzz run --fuzz-dir fuzz --sanitizer none --release "$target" "$corpus" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts" \
    -rss_limit_mb=2048 -timeout=20 >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-16s %12s %8s %8s %8s\n' "$target" "${executions:-?}" "${coverage:-?}" "${features:-?}" "$crashes"
  if [ "$status" -ne 0 ] || [ "$crashes" -gt 0 ]; then
    crashed+=("$target")
    tail -n 30 "$log" >&2
  fi
done

if [ ${#crashed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${crashed[*]} (inputs under $work/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no crash"
