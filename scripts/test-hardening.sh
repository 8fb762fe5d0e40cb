#!/usr/bin/env bash
# The CI part of the hardening work. scripts/test.sh has already run
# `cargo test` (hostile, properties, regressions are ordinary integration
# tests), so this adds the extension security review of the built
# dist/extension-* (skipped with a message when not built). `--cargo` also
# runs the hardening cargo tests on their own. Fuzzing (scripts/fuzz.sh) and
# the fairness audit (examples/fairness.rs) are run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--cargo" ]; then
  cargo test --test hostile --test properties --test regressions
fi
node scripts/check-extension.mjs
