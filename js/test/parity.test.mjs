// WebAssembly (pkg/node.js) and the native CLI give the same report for
// every document in examples/ (scores within 1e-9), with the same `now`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pkgDir, exampleFiles, documentsOf, cliPath, diff, fixtures } from './helpers.mjs';

const h = await import(path.join(pkgDir, 'node.js'));
const cli = cliPath();
const NOW = '2026-11-24T12:00:00Z';
// unicode-parity.json: NFKC is the host's in WebAssembly and unicode-normalization
// natively (src/text/unicode.rs); full-width, half-width kana, combining marks,
// jamo, ligatures, invisible characters and Indic two-part vowels must agree.
const files = [...exampleFiles(), path.join(fixtures, 'profile-3k.json'), path.join(fixtures, 'profile-3k-es.json'), path.join(fixtures, 'unicode-parity.json')];

test('the native CLI is built', () => {
  assert.ok(cli, 'build it first: cargo build --release (scripts/test-js.sh does)');
});

test('examples/ holds documents to compare', () => {
  assert.ok(exampleFiles().length > 0, 'examples/*.json missing');
});

for (const file of files) {
  test(`WebAssembly = native CLI: ${path.basename(file)}`, { skip: !cli && 'CLI not built' }, () => {
    const out = execFileSync(cli, ['check', file, '--format', 'json', '--now', NOW], { encoding: 'utf8' });
    let native = JSON.parse(out);
    const docs = documentsOf(file);
    if (!Array.isArray(native)) native = [native];
    assert.equal(native.length, docs.length);
    const wasm = docs.map((d) => h.analyze(d, { now: NOW }));
    for (let i = 0; i < docs.length; i++) {
      const d = diff(wasm[i], native[i]);
      assert.equal(d, undefined, `document ${i}: ${d}`);
    }
    // and the batch call agrees with the single calls
    assert.equal(diff(h.analyzeMany(docs, { now: NOW }), wasm), undefined);
  });
}
