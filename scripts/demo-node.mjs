// The demo's second half: the same example documents through the npm
// package (WebAssembly in Node), as a platform's batch job would use it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze, version } from '../pkg/node.js';

const files = process.argv.slice(2);
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
const levelColour = { high: '1;31', medium: '1;33', low: '1;36', none: '1;32' };

const docs = files.map((file) => [file, JSON.parse(readFileSync(file, 'utf8'))]);
// The first call compiles the rule patterns (a fraction of a second in
// WebAssembly); analyse everything once so the times below are steady-state.
const warm = process.hrtime.bigint();
for (const [, doc] of docs) analyze(doc);
console.log(`hirelens ${version()} (WebAssembly); first pass incl. pattern compilation: ${(Number(process.hrtime.bigint() - warm) / 1e6).toFixed(0)} ms\n`);
for (const [file, doc] of docs) {
  const started = process.hrtime.bigint();
  const report = analyze(doc);
  const micros = Number(process.hrtime.bigint() - started) / 1000;
  console.log(
    `${basename(file).padEnd(40)} ${paint(levelColour[report.level], report.level.toUpperCase().padEnd(6))}` +
      ` score ${report.score.toFixed(0).padStart(3)}  ${report.hints.length} hint(s)  ${micros.toFixed(0)} µs`,
  );
  for (const h of report.hints) {
    const e = h.evidence[0];
    const where = e ? `  ${e.field}[${e.start}..${e.end}] "${e.text.replace(/\s+/g, ' ').slice(0, 60)}"` : '';
    console.log(`    ${h.code} ${h.severity.padEnd(6)} ${h.title}${where}`);
  }
}
