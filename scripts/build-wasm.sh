#!/usr/bin/env bash
# Build the WebAssembly module and its wasm-bindgen glue into pkg/:
#   pkg/hirelens.wasm      the module, optimized with wasm-opt -Oz (npm binaryen)
#   pkg/hirelens_glue.js   wasm-bindgen's `web` glue (ES module; init / initSync)
#   pkg/hirelens_glue.d.ts its types
# One module serves browsers and Node: Node's entry reads the bytes and calls initSync.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --no-default-features --features wasm
raw="$target_dir/wasm32-unknown-unknown/wasm/hirelens.wasm"
out=$(mktemp -d)
wasm-bindgen "$raw" --target web --out-dir "$out" --out-name hirelens_glue
mkdir -p pkg
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/hirelens_glue_bg.wasm" -o pkg/hirelens.wasm
cp "$out/hirelens_glue.js" pkg/hirelens_glue.js
cp "$out/hirelens_glue.d.ts" pkg/hirelens_glue.d.ts
rm -rf "$out"
raw_size=$(stat -c %s pkg/hirelens.wasm)
gz_size=$(gzip -9 -c pkg/hirelens.wasm | wc -c)
printf 'wasm: pkg/hirelens.wasm %d bytes raw, %d bytes gzipped (%.1f KB)\n' "$raw_size" "$gz_size" "$(echo "$gz_size/1000" | bc -l)" >&2
