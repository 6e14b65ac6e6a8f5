#!/usr/bin/env bash
# History-store benchmark (issue 6 targets): record a synthetic scan of 100,000 resources
# and 500,000 findings into an empty SQLite store, record a rescan where 0.5% of resources
# changed, diff the two, and measure how much the rescan grew the store. Release build.
# Prints the measures; the numbers in BENCHMARKS.md (store-bench markers) come from it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PARAPET_BENCH=1 swift test -c release --filter 'StoreBenchmarkTests/sqliteMeetsTheTargets' 2>&1 \
  | grep -E '^(scan of|first write|rescan write|diff|full copy)|Test run'
