#!/usr/bin/env bash
# Where does `analyze` spend its time in WebAssembly? Builds the module with
# function names kept (wasm-bindgen --keep-debug, wasm-opt -g), runs the
# 3 KB profile through the npm package's Node entry under `node --cpu-prof`
# and prints the share of samples inside each named part (inclusive).
#   bash benches/wasm-profile.sh [FIXTURE.json]
# docs/api.md → "Where the time went" quotes its output.
set -euo pipefail
cd "$(dirname "$0")/.."
fixture=${1:-js/test/fixtures/profile-3k.json}
target_dir=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f pkg/node.js ] || bash scripts/build.sh
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --no-default-features --features wasm
cp -r pkg "$work/pkg"
wasm-bindgen "$target_dir/wasm32-unknown-unknown/wasm/hirelens.wasm" --target web --out-dir "$work/out" --out-name hirelens_glue --keep-debug
node_modules/.bin/wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals "$work/out/hirelens_glue_bg.wasm" -o "$work/pkg/hirelens.wasm"
cp "$work/out/hirelens_glue.js" "$work/pkg/hirelens_glue.js"
cat > "$work/run.mjs" <<JS
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
const h = await import('$work/pkg/node.js');
const doc = JSON.parse(fs.readFileSync('$PWD/$fixture', 'utf8'));
const now = '2026-11-24T12:00:00Z';
for (let i = 0; i < 300; i++) h.analyze(doc, { now }); // build the patterns, let V8 tier up
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t = performance.now();
for (let i = 0; i < 5000; i++) h.analyze(doc, { now });
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
fs.writeFileSync('$work/analyze.cpuprofile', JSON.stringify(profile));
console.log(\`analyze: \${(ms / 5).toFixed(0)} µs a call with the profiler on (5,000 calls after 300 warm-up calls)\`);
JS
node "$work/run.mjs"
node benches/cpuprofile-parts.mjs "$work/analyze.cpuprofile"
