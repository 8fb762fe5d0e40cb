// Measures the npm package in Node: .wasm size (raw, gzipped), cold
// compile+instantiate time, first-call latency, and analyze medians.
//   node benches/js-bench.mjs          human-readable
//   node benches/js-bench.mjs --json   one JSON object (scripts/budgets.mjs reads it)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

if (process.argv[2] === '--child') {
  // One cold start in a fresh process: read, compile, instantiate; then the first call.
  const t0 = performance.now();
  const h = await import(path.join(pkg, 'node.js'));
  const bytes = fs.readFileSync(path.join(pkg, 'hirelens.wasm'));
  const t1 = performance.now();
  h.initSync(bytes);
  const t2 = performance.now();
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'js/test/fixtures/profile-3k.json'), 'utf8'));
  h.analyze(doc);
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ import: t1 - t0, instantiate: t2 - t1, first: t3 - t2 }));
  process.exit(0);
}

const wasm = fs.readFileSync(path.join(pkg, 'hirelens.wasm'));
const result = {
  wasm_bytes: wasm.length,
  wasm_gzip_bytes: zlib.gzipSync(wasm, { level: 9 }).length,
};

const cold = [];
for (let i = 0; i < 7; i++) {
  cold.push(JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' })));
}
result.instantiate_ms = median(cold.map((c) => c.instantiate));
result.first_analyze_ms = median(cold.map((c) => c.first));

const h = await import(path.join(pkg, 'node.js'));
const now = '2026-11-24T12:00:00Z';
// A fixed plain-JavaScript workload timed in the same loop as analyze, so a
// ratio of the two stays meaningful when the machine is busy (both slow down).
function reference() {
  let seed = 12345;
  const xs = new Array(4000);
  for (let i = 0; i < xs.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    xs[i] = seed;
  }
  xs.sort((a, b) => a - b);
  return xs.map((v) => v.toString(36)).join(' ').length;
}
const refTimes = [];
function bench(doc, n = 400) {
  for (let i = 0; i < 50; i++) h.analyze(doc, { now });
  const xs = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    h.analyze(doc, { now });
    xs.push(performance.now() - t);
    t = performance.now();
    reference();
    refTimes.push(performance.now() - t);
  }
  return median(xs);
}
const profile = JSON.parse(fs.readFileSync(path.join(root, 'js/test/fixtures/profile-3k.json'), 'utf8'));
result.profile_3k_bytes = JSON.stringify(profile).length;
result.analyze_3k_median_ms = bench(profile);
// The same profile written in Spanish: its prose is not plainly English, so
// the general language detector (whatlang) runs — the slower path.
const profileEs = JSON.parse(fs.readFileSync(path.join(root, 'js/test/fixtures/profile-3k-es.json'), 'utf8'));
result.analyze_3k_es_median_ms = bench(profileEs);

const exdir = path.join(root, 'examples');
const examples = fs.existsSync(exdir) ? fs.readdirSync(exdir).filter((f) => f.endsWith('.json')) : [];
let largest;
for (const f of examples) {
  const size = fs.statSync(path.join(exdir, f)).size;
  if (!largest || size > largest.size) largest = { f, size };
}
if (largest) {
  const v = JSON.parse(fs.readFileSync(path.join(exdir, largest.f), 'utf8'));
  result.largest_example = largest.f;
  result.analyze_largest_example_median_ms = bench(Array.isArray(v) ? v[0] : v);
}

result.reference_median_ms = median(refTimes);

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  console.log(`hirelens.wasm            ${result.wasm_bytes} bytes, ${(result.wasm_gzip_bytes / 1000).toFixed(1)} KB gzipped`);
  console.log(`compile + instantiate    ${result.instantiate_ms.toFixed(2)} ms (median of 7 cold processes)`);
  console.log(`first analyze (cold)     ${result.first_analyze_ms.toFixed(1)} ms (includes building the lazily compiled patterns)`);
  console.log(`analyze 3 KB profile     ${(result.analyze_3k_median_ms * 1000).toFixed(0)} µs median`);
  console.log(`  same profile in Spanish ${(result.analyze_3k_es_median_ms * 1000).toFixed(0)} µs median (language detector runs)`);
  console.log(`reference computation    ${(result.reference_median_ms * 1000).toFixed(0)} µs median (fixed plain-JS workload; analyze 3 KB = ${(result.analyze_3k_median_ms / result.reference_median_ms).toFixed(2)}× it)`);
  if (largest) console.log(`analyze ${result.largest_example}  ${(result.analyze_largest_example_median_ms * 1000).toFixed(0)} µs median`);
}
