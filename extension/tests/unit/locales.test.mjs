import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../_locales');
const read = (l) => JSON.parse(fs.readFileSync(path.join(dir, l, 'messages.json'), 'utf8'));

test('ja and ko have every English UI string, with the same placeholders', () => {
  const en = read('en');
  for (const lang of ['ja', 'ko']) {
    const other = read(lang);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort(), lang);
    for (const [k, v] of Object.entries(en)) {
      const ph = (s) => (s.match(/\{\w+\}/g) ?? []).sort();
      assert.deepEqual(ph(other[k].message), ph(v.message), `${lang}.${k}`);
      assert.ok(other[k].message.trim(), `${lang}.${k} is empty`);
    }
  }
});

test('hint texts: every entry has a Japanese and a Korean title, message, innocent explanation and verification', async () => {
  const { load } = await import('./load.mjs');
  const { HINT_TEXT, localizeHint } = await load('hint-text.ts');
  const codes = Object.keys(HINT_TEXT);
  assert.ok(codes.length >= 30);
  for (const code of codes) {
    assert.match(code, /^HL[1-4]\d\d$/);
    for (const lang of ['ja', 'ko']) {
      for (const k of ['title', 'message', 'innocent', 'verify']) assert.ok(HINT_TEXT[code][lang]?.[k]?.trim(), `${code}.${lang}.${k}`);
    }
  }
  const hint = { code: 'HL301', title: 'Asks to move off the platform', message: 'via Telegram (1 place)', innocent: 'x', verify: 'y', evidence: [] };
  const ja = localizeHint(hint, 'ja');
  assert.equal(ja.title, HINT_TEXT.HL301.ja.title);
  assert.equal(ja.detail, 'via Telegram (1 place)');
  assert.equal(localizeHint(hint, 'en'), hint);
  assert.equal(localizeHint({ ...hint, code: 'HL999' }, 'ko').title, hint.title);
});
