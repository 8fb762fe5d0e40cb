#!/usr/bin/env bash
# Every test HireLens has: Rust (unit, integration, property, doc), lints, the npm
# package and its real consumers, the browser extension in Debian Chromium,
# hostile-input checks and the size/speed budgets. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --lib --quiet --target wasm32-unknown-unknown --no-default-features --features wasm -- -D warnings
# the API docs build without a broken or private link
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "Rust tests"
cargo test --quiet

for part in build test-js test-extension test-hardening test-python; do
  script="scripts/$part.sh"
  if [ -f "$script" ]; then
    step "$part"
    bash "$script"
  elif [ "$part" = build ]; then
    step "build-wasm"
    bash scripts/build-wasm.sh
  fi
done
step "all tests passed"
