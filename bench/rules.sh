#!/usr/bin/env bash
# Rule-engine benchmark: every built-in rule over synthetic inventories of 25,000, 50,000
# and 100,000 resources across 20 types (best of three runs each), in a release build.
# Prints the timings; the numbers in BENCHMARKS.md (rules-bench markers) come from it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PARAPET_BENCH=1 swift test -c release --filter RuleEngineBenchmark 2>&1 \
  | grep -E '^resources=|Test run'
