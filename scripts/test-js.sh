#!/usr/bin/env bash
# The npm package's tests: builds pkg/ and the native CLI when needed, runs
# the Node tests (API, WebAssembly = CLI parity, type drift, real consumers
# in Chromium) and checks the package budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}
if [ ! -f pkg/node.js ] || [ -n "$(find src js/src js/build Cargo.toml Cargo.lock -newer pkg/node.js -print -quit)" ]; then
  bash scripts/build.sh
fi
cargo build --quiet --release --bin hirelens
node_modules/.bin/tsc -p js/tsconfig.json
node --test js/test/
node scripts/budgets.mjs
