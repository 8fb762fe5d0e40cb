#!/usr/bin/env bash
# How small can the .wasm be with the engine's dependencies? Builds
# benches/wasm-floor (the same crates and features, none of HireLens's own
# code or data) in variants, through the same wasm-bindgen + wasm-opt -Oz
# steps as scripts/build-wasm.sh, and prints gzipped sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}/wasm-floor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
variant() {
  local name=$1 features=$2
  (cd benches/wasm-floor && CARGO_TARGET_DIR=$target cargo build --quiet --release --target wasm32-unknown-unknown \
    --no-default-features --features "$features")
  wasm-bindgen "$target/wasm32-unknown-unknown/release/hirelens_wasm_floor.wasm" --target web --out-dir "$out" --out-name floor
  "$root/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals "$out/floor_bg.wasm" -o "$out/opt.wasm"
  printf '%-58s %8d bytes raw %8d bytes gzipped\n' "$name" "$(stat -c %s "$out/opt.wasm")" "$(gzip -9 -c "$out/opt.wasm" | wc -c)"
}
variant "regex + unicode-normalization + whatlang + serde (DESIGN)" "nfkc,langid,regex-full"
variant "  without unicode-normalization" "langid,regex-full"
variant "  without unicode-normalization and whatlang" "regex-full"
variant "regex-lite + unicode-normalization + whatlang + serde" "nfkc,langid,regex-lite"
variant "regex-lite + serde only" "regex-lite"
if [ -f pkg/hirelens.wasm ]; then
  printf '%-58s %8d bytes raw %8d bytes gzipped\n' "HireLens (pkg/hirelens.wasm)" "$(stat -c %s pkg/hirelens.wasm)" "$(gzip -9 -c pkg/hirelens.wasm | wc -c)"
fi
