#!/usr/bin/env bash
# Build the npm package into pkg/: the WebAssembly module (scripts/build-wasm.sh),
# then the JS entries (esbuild), the type declarations (tsc) and package.json.
# pkg/ is entirely generated (gitignored); its sources are js/ and src/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-wasm.sh
node js/build/bundle.mjs
node_modules/.bin/tsc -p js/tsconfig.build.json
node js/build/cts.mjs
echo "build: pkg/ ready ($(ls pkg | tr '\n' ' '))" >&2
