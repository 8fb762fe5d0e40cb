// Package budgets (issue 6), measured by benches/js-bench.mjs. Exits 1 when one is exceeded.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS = [
  ['wasm_gzip_bytes', 350_000, (v) => `${(v / 1000).toFixed(1)} KB gzipped`, '.wasm ≤ 350 KB gzipped'],
  ['instantiate_ms', 20, (v) => `${v.toFixed(2)} ms`, 'compile + instantiate ≤ 20 ms in Node'],
  ['analyze_3k_median_ms', 0.5, (v) => `${(v * 1000).toFixed(0)} µs`, 'analyze median for a 3 KB profile ≤ 0.5 ms in Node'],
];
const r = JSON.parse(execFileSync(process.execPath, [path.join(root, 'benches', 'js-bench.mjs'), '--json'], { encoding: 'utf8' }));
let failed = 0;
for (const [key, limit, show, what] of BUDGETS) {
  const ok = r[key] <= limit;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${what}: ${show(r[key])}`);
}
process.exit(failed ? 1 : 0);
