// Instruction counts of the native core, by valgrind's callgrind: the speed
// measure CI gates on (scripts/budgets.mjs). A count is repeatable for the same
// binary and input whatever else the machine is doing, where a wall-clock
// time on a shared 2-core machine is not.
//
//   node scripts/instr-count.mjs          human-readable
//   node scripts/instr-count.mjs --json   one JSON object
//
// For each document it runs examples/instr_probe.rs three ways (parse only;
// parse + one analyze; parse + 1 + N analyses) and subtracts:
//   first  = the first analyze in a fresh process (builds the lazily compiled patterns)
//   steady = one warm analyze (mean of N)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = 20;
const DOCS = {
  en: 'js/test/fixtures/profile-3k.json',
  es: 'js/test/fixtures/profile-3k-es.json',
};

execFileSync('cargo', ['build', '--release', '--quiet', '--example', 'instr_probe'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const probe = path.join(root, 'target', 'release', 'examples', 'instr_probe');

function run(mode, doc) {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', probe, mode, path.join(root, doc)];
  if (mode === 'steady') args.push(String(N));
  // valgrind prints its summary on stderr; capture it whatever the exit code.
  const r = spawn(args);
  const m = /Collected : (\d+)/.exec(r);
  if (!m) throw new Error(`no instruction count from callgrind (${mode} ${doc}):\n${r}`);
  return Number(m[1]);
}

function spawn(args) {
  try {
    return execFileSync('sh', ['-c', 'exec valgrind "$@" 2>&1 >/dev/null', 'valgrind', ...args], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`valgrind failed: ${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const result = { steady_calls: N };
for (const [lang, doc] of Object.entries(DOCS)) {
  const parse = run('parse', doc);
  const first = run('first', doc);
  const steady = run('steady', doc);
  result[`first_${lang}`] = first - parse;
  result[`steady_${lang}`] = Math.round((steady - first) / N);
}
result.first_over_steady_en = result.first_en / result.steady_en;

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const M = (v) => `${(v / 1e6).toFixed(2)} M`;
  console.log(`instructions, native release build (callgrind), 3 KB profile`);
  console.log(`  first analyze, English   ${M(result.first_en)}`);
  console.log(`  warm analyze, English    ${M(result.steady_en)} (mean of ${N})`);
  console.log(`  first analyze, Spanish   ${M(result.first_es)}`);
  console.log(`  warm analyze, Spanish    ${M(result.steady_es)} (mean of ${N})`);
  console.log(`  first / warm, English    ${result.first_over_steady_en.toFixed(0)}×`);
}
