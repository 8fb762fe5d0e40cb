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
