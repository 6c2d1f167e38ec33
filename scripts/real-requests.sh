#!/usr/bin/env bash
# Checks that the request bodies a real Revolv3 integration sends (Juspay's connector samples,
# third-party data kept beside this repository, not in it) fit our request types.
# Usage: scripts/real-requests.sh [DIR] (default ../shared/revolv3/real-requests).
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --quiet -p revolv3-tests --bin real-requests -- "${1:-../shared/revolv3/real-requests}"
