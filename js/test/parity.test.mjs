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

// Generated documents mixing what normalization touches: full-width and
// half-width forms, combining marks (also leading, stacked, after ASCII),
// jamo, ligatures, invisible characters, emoji sequences, contacts and the
// rules' keywords. A seeded generator: the same documents every run.
test('WebAssembly = native CLI on 300 generated Unicode-heavy documents', { skip: !cli && 'CLI not built' }, async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  let seed = 0x9e3779b9;
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pieces = [
    'Telegram', 'Ｔｅｌｅｇｒａｍ', 'USDT', 'ＵＳＤＴ', 'wallet', ' ', ' ', '　', '\n', '. ', '、', '。',
    'e\u0301', '\u0301', 'a\u0308\u0323', 'ﬁ', '①', '㈱', '㎏', 'Ⅳ', 'ｶﾞ', 'ﾃﾚｸﾞﾗﾑ', '\u1100\u1161\u11a8', '카톡',
    '\u200b', '\u200d', '\ufeff', '\u00ad', '👩\u200d💻', '🙂', 'ଓ\u0b47\u0b3e', 'ﷺ', 'ﻼ', 'Ａ', '＠', '＿',
    'I can start today', 'pay me in crypto', "let's continue on WhatsApp +1 415 555 0100", 'dev@example.com',
    'José Müller', 'Zoe\u0308', '\ud83d', 'Ω', 'Ǆ', 'ß', 'İ', 'ς', '\u0345', 'x', '7',
  ];
  const text = () => {
    let s = '';
    const n = 1 + rand(40);
    for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)];
    return s;
  };
  const docs = [];
  for (let i = 0; i < 300; i++) {
    docs.push(
      i % 3 === 0
        ? { kind: 'message', id: `g${i}`, text: text() }
        : i % 3 === 1
          ? { kind: 'proposal', id: `g${i}`, text: text(), author: { name: text().slice(0, 30) }, job: { description: text() } }
          : { kind: 'profile', id: `g${i}`, name: text().slice(0, 30), overview: text(), headline: text(), languages: [{ language: 'English', level: 'native' }] },
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hl-parity-'));
  const file = path.join(dir, 'generated.json');
  // JSON.stringify escapes the lone surrogate; both sides read it as U+FFFD.
  fs.writeFileSync(file, JSON.stringify(docs));
  try {
    const native = JSON.parse(execFileSync(cli, ['check', file, '--format', 'json', '--now', NOW], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const wasm = h.analyzeMany(docs, { now: NOW });
    assert.equal(native.length, docs.length);
    let hints = 0;
    for (let i = 0; i < docs.length; i++) {
      const d = diff(wasm[i], native[i]);
      assert.equal(d, undefined, `document ${i} ${JSON.stringify(docs[i])}: ${d}`);
      hints += wasm[i].hints.length;
      for (const hint of wasm[i].hints) {
        for (const e of hint.evidence) {
          const v = e.field.split('.').reduce((o, k) => (o == null ? undefined : o[k]), docs[i]);
          if (typeof v === 'string' && e.text !== undefined && !v.includes('\ud83d')) {
            assert.equal(v.slice(e.start, e.end), e.text, `document ${i} ${e.field}`);
          }
        }
      }
    }
    assert.ok(hints > 50, `the generated documents should trigger hints (got ${hints})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
