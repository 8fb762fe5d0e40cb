// The first `analyze` in a fresh Node process, and the second, on the 3 KB
// profile (not a test; docs/api.md → "Issue 16's table, redone"). Run it
// under V8's flags to see where the first call's time goes:
//   node benches/first-call.mjs                    default tiering
//   node --liftoff-only benches/first-call.mjs     baseline compiler only
//   node --single-threaded benches/first-call.mjs  tier-up on the main thread
// Needs pkg/ (bash scripts/build.sh).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = performance.now();
const h = await import(path.join(root, 'pkg', 'node.js'));
const t1 = performance.now();
const doc = JSON.parse(fs.readFileSync(path.join(root, 'js/test/fixtures/profile-3k.json'), 'utf8'));
const options = { now: '2026-11-24T12:00:00Z' };
h.analyze(doc, options);
const t2 = performance.now();
h.analyze(doc, options);
const t3 = performance.now();
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`import ${ms(t1 - t0)}  first analyze ${ms(t2 - t1)}  second ${ms(t3 - t2)}`);
