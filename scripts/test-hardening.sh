#!/usr/bin/env bash
# The CI part of the hardening work: hostile-input, property and regression
# tests (cargo tests) and the extension security check. Fuzzing
# (scripts/fuzz.sh) and the fairness audit (examples/fairness.rs) are run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test hostile --test properties --test regressions
node scripts/check-extension.mjs
