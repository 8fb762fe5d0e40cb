#!/usr/bin/env bash
# Build the browser extension and run all of its tests:
#   type check (tsc), adapter URL unit tests, `web-ext lint` on the Firefox
#   build, the adapter health table over real saved pages and fixtures
#   (scripts/check-adapters.mjs), and the end-to-end tests in Debian's Chromium
#   (playwright-core) and in Debian's firefox-esr (puppeteer-core over
#   WebDriver BiDi), headless, extension loaded, fixture sites served locally.
#   Prints each browser's e2e time.
# Builds the wasm module first if pkg/ has none. Skips a browser's tests
# (with a message) only when that browser is absent.
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
if [ -x "${HIRELENS_CHROMIUM:-/usr/bin/chromium}" ]; then
  # Selector health: every adapter over the real saved pages (../shared/realpages, read at run time;
  # skipped with a message when absent) and every fixture; fails when a field a page visibly shows is not read.
  node scripts/check-adapters.mjs --assert
fi
declare -A exe=([chromium]="${HIRELENS_CHROMIUM:-/usr/bin/chromium}" [firefox]="${HIRELENS_FIREFOX:-/usr/bin/firefox-esr}")
times=()
for browser in chromium firefox; do
  if [ ! -x "${exe[$browser]}" ]; then
    echo "test-extension: ${exe[$browser]} not found; $browser tests skipped (bash scripts/setup.sh --browser)" >&2
    continue
  fi
  start=$(date +%s.%N)
  HIRELENS_BROWSER=$browser node --test --test-concurrency=1 extension/tests/e2e.test.mjs
  times+=("$(printf 'e2e %s: %.1f s' "$browser" "$(echo "$(date +%s.%N) - $start" | bc -l)")")
done
for t in "${times[@]}"; do echo "test-extension: $t" >&2; done
