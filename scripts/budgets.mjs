// Package budgets (issue 6), measured by benches/js-bench.mjs.
//
// Each budget has its target `limit`. A budget not met yet carries a
// `ceiling`: the figure measured when it was last looked at, plus a margin.
// Over the limit but under the ceiling prints OVER and passes (the gap stays
// visible in every run); over the ceiling fails, so nothing gets worse
// unnoticed. Lower a ceiling whenever a trim lands; delete it once the
// budget is met.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = (v) => `${(v / 1000).toFixed(1)} KB`;
const ms = (v) => `${v.toFixed(2)} ms`;
const BUDGETS = [
  // Ceilings: today's figure plus room for the rules still landing; timings also
  // for a machine busy with other builds (medians measured idle are lower).
  { key: 'wasm_gzip_bytes', what: '.wasm gzipped', limit: 350_000, ceiling: 760_000, show: KB },
  { key: 'instantiate_ms', what: 'compile + instantiate in Node', limit: 20, ceiling: 35, show: ms },
  { key: 'analyze_3k_median_ms', what: 'analyze median, 3 KB profile, Node', limit: 0.5, ceiling: 4, show: ms },
];
const r = JSON.parse(execFileSync(process.execPath, [path.join(root, 'benches', 'js-bench.mjs'), '--json'], { encoding: 'utf8' }));
let failed = 0;
for (const b of BUDGETS) {
  const v = r[b.key];
  let status = 'ok  ';
  if (v > b.limit) {
    if (b.ceiling !== undefined && v <= b.ceiling) status = 'OVER';
    else {
      status = 'FAIL';
      failed++;
    }
  }
  const ceiling = b.ceiling !== undefined ? `, ceiling ${b.show(b.ceiling)}` : '';
  console.log(`${status} ${b.what}: ${b.show(v)} (budget ${b.show(b.limit)}${ceiling})`);
}
console.log(`first analyze after instantiation: ${ms(r.first_analyze_ms)}; largest example: ${ms(r.analyze_largest_example_median_ms ?? NaN)} median`);
process.exit(failed ? 1 : 0);
