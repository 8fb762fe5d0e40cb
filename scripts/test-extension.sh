#!/usr/bin/env bash
# Build the browser extension and run all of its tests:
#   type check (tsc), adapter URL unit tests, the adapter health table over
#   real saved pages and fixtures (scripts/check-adapters.mjs), end-to-end tests in Debian's
#   Chromium (headless, extension loaded, fixture sites on 127.0.0.1),
#   and `web-ext lint` on the Firefox build.
# Builds the wasm module first if pkg/ has none. Skips the browser tests
# (with a message) only when /usr/bin/chromium is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
# (Re)build the wasm module when it is missing or older than the Rust sources.
if [ ! -f pkg/hirelens.wasm ] || [ ! -f pkg/hirelens_glue.js ] || [ -n "$(find src Cargo.toml Cargo.lock -newer pkg/hirelens.wasm -print -quit)" ]; then
  bash scripts/build-wasm.sh
fi
node_modules/.bin/tsc -p extension/tsconfig.json
node extension/build.mjs
node --test --test-concurrency=1 extension/tests/unit/
node_modules/.bin/web-ext lint --source-dir dist/extension-firefox --self-hosted --warnings-as-errors --output text
if [ ! -x "${HIRELENS_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "test-extension: /usr/bin/chromium not found; browser tests skipped (bash scripts/setup.sh --browser)" >&2
  exit 0
fi
# Selector health: every adapter over the real saved pages (../shared/realpages, read at run time;
# skipped with a message when absent) and every fixture; fails when a field a page visibly shows is not read.
node scripts/check-adapters.mjs --assert
node --test --test-concurrency=1 extension/tests/e2e.test.mjs
