// Package and core budgets (issues 6 and 16).
//
// CI gates only on figures that do not move with the machine's load:
//   - the .wasm size (gzipped), and
//   - instruction counts of the native core under callgrind
//     (scripts/instr-count.mjs: the first analyze in a fresh process, and one
//     warm analyze of the 3 KB profile in English and in Spanish).
// Each gated figure has its target `limit`. A figure not yet at its target
// carries a `ceiling`: what was measured when it was last looked at, plus a
// small margin. Over the limit but under the ceiling prints OVER and passes
// (the gap stays visible in every run); over the ceiling fails, so nothing
// gets worse unnoticed. When a change makes a figure better, lower its ceiling.
//
// Wall-clock times (benches/js-bench.mjs) are printed as medians, with their
// ratio to a fixed JavaScript reference computation timed in the same run, and
// never fail the build: on a shared machine they move with everything else.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB = (v) => `${(v / 1000).toFixed(1)} KB`;
const ms = (v) => `${v.toFixed(2)} ms`;
const M = (v) => `${(v / 1e6).toFixed(2)} M instr`;
const x = (v) => `${v.toFixed(0)}×`;
// Targets in instructions follow issue 16's wall-clock targets: a first analyze
// of 20 ms against a warm call of 250 µs is a ratio of 80; a warm native call of
// 80 µs where 279 µs was measured for 1.74 M instructions is about 0.5 M; the
// Spanish profile's target (400 µs against 1,844 µs in Node) scales its count
// the same way; the first call's target is 80 warm calls.
const GATED = [
  // The size target cannot be met with the crates the project's brief names for the core
  // (regex, unicode-normalization, whatlang, serde, wasm-bindgen): they alone
  // make 341 KB gzipped (`bash scripts/size-floor.sh`; docs/api.md → Where the bytes go).
  // Ceiling raised 640 → 650 KB for contract v1.1 (issue 15: nine platform rules, the
  // time-zone table, the v1.1 reader; 612.8 → 642.9 KB measured), then → 730 KB for
  // issues 13, 17 and 18 (tradecraft lexicon, style background, HL112–HL117):
  // 715.7 KB measured; docs/api.md → Where the bytes go. Main then measured 750.4 KB
  // (issues 13, 15, 17, 18, 20 landed past the 730 KB ceiling); issue 16's word lists
  // 753.2 KB: ceiling set to that, so nothing grows further unnoticed. One shared sort
  // in wasm32 (src/sort.rs: 40 copies of the standard sorts were ~90 KB raw) took
  // 751.6 → 723.4 KB: ceiling 735 KB. Issue 16's word gates, split patterns and ASCII twins
  // (first analyze 217 → 70.5 M instructions) took 731.5 → 735.4 KB: ceiling 740 KB.
  { src: 'js', key: 'wasm_gzip_bytes', what: '.wasm gzipped', limit: 400_000, ceiling: 740_000, show: KB },
  // first_en ceiling 560 → 400 M after the word lists and gates of issue 16 (494.7 → 367.3 M measured),
  // then → 76 M (+15 %) after the word gates and ASCII twins (351.9 → 66.1 M; docs/api.md).
  { src: 'instr', key: 'first_en', what: 'first analyze, 3 KB English profile (native)', limit: 40e6, ceiling: 76e6, show: M },
  { src: 'instr', key: 'steady_en', what: 'warm analyze, 3 KB English profile (native)', limit: 0.5e6, ceiling: 3.5e6, show: M }, // 3.98 M on main after HL204's model; 4.12 M with issue 16's word lists; 3.05 M after the lexicon changes (ceiling 4.3 -> 3.5 M)
  { src: 'instr', key: 'steady_es', what: 'warm analyze, 3 KB Spanish profile (native)', limit: 0.8e6, ceiling: 5.3e6, show: M }, // 5.81 M on main after HL204's model; 6.01 M with issue 16's word lists; 4.62 M after the lexicon changes (ceiling 6.3 -> 5.3 M)
  { src: 'instr', key: 'first_over_steady_en', what: 'first analyze / warm analyze, English', limit: 80, ceiling: 130, show: x },
];
const json = (script) => JSON.parse(execFileSync(process.execPath, [path.join(root, script), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const data = { js: json('benches/js-bench.mjs'), instr: json('scripts/instr-count.mjs') };
let failed = 0;
for (const b of GATED) {
  const v = data[b.src][b.key];
  let status = 'ok  ';
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    status = 'FAIL';
    failed++;
  } else if (v > b.limit) {
    if (v <= b.ceiling) status = 'OVER';
    else {
      status = 'FAIL';
      failed++;
    }
  }
  console.log(`${status} ${b.what}: ${b.show(v)} (target ${b.show(b.limit)}, ceiling ${b.show(b.ceiling)})`);
}
const r = data.js;
console.log('\nwall clock on this machine now (medians; reported, not gated):');
console.log(`  compile + instantiate in Node   ${ms(r.instantiate_ms)}`);
console.log(`  first analyze after instantiate ${ms(r.first_analyze_ms)}`);
console.log(`  analyze, 3 KB profile           ${ms(r.analyze_3k_median_ms)}  (${(r.analyze_3k_median_ms / r.reference_median_ms).toFixed(2)}× the reference computation)`);
console.log(`  analyze, 3 KB profile, Spanish  ${ms(r.analyze_3k_es_median_ms)}  (${(r.analyze_3k_es_median_ms / r.reference_median_ms).toFixed(2)}× the reference computation)`);
console.log(`  reference computation           ${ms(r.reference_median_ms)}  (benches/js-bench.mjs: a fixed sort and string workload in plain JS)`);
process.exit(failed ? 1 : 0);
