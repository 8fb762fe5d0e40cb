// Share of a V8 .cpuprofile's samples spent inside each part of HireLens
// (inclusive: a sample counts for every part on its stack), by function-name
// pattern. Used by benches/wasm-profile.sh.
//   node benches/cpuprofile-parts.mjs FILE.cpuprofile
import fs from 'node:fs';

const PARTS = [
  ['whatlang (language detector)', /whatlang::/],
  ['English shortcut (text::english)', /hirelens::text::english::/],
  ['input object walker (wasm::to_json)', /hirelens::wasm::to_json/],
  ['JSON text → Document (serde)', /serde_json::de|hirelens::model::Document::from_value/],
  ['Analysis::new (fields, tokens, contacts)', /hirelens::analysis::Analysis::new/],
  ['style measures (text::style)', /hirelens::text::style::/],
  ['regex searches', /regex_automata::hybrid::search|regex_automata::meta::strategy/],
  ['report → JS (serde-wasm-bindgen)', /hirelens::wasm::to_js/],
  ['rules (rules::*::check)', /hirelens::rules::.*::check/],
];

const p = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
let total = 0;
const inPart = new Map(PARTS.map(([name]) => [name, 0]));
for (const [id, t] of self) {
  total += t;
  const names = [];
  for (let x = id; x !== undefined; x = parent.get(x)) names.push(byId.get(x).callFrame.functionName);
  for (const [name, re] of PARTS) if (names.some((n) => re.test(n))) inPart.set(name, inPart.get(name) + t);
}
for (const [name, t] of inPart) console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
