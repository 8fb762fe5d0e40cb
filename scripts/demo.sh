#!/usr/bin/env bash
# The demo: build everything, then analyse the sample documents in examples/
# with the native CLI and with the npm package (WebAssembly in Node).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet
if [ -f scripts/build.sh ]; then bash scripts/build.sh; else bash scripts/build-wasm.sh; fi

printf '\n\033[1m== native CLI: hirelens check examples/*.json\033[0m\n\n'
for f in examples/*.json; do
  ./target/release/hirelens check "$f" || true
done
printf '\n\033[1m== the same documents through the npm package (WebAssembly in Node)\033[0m\n\n'
node scripts/demo-node.mjs examples/*.json
