// The background's photo path (the second message of a page) on the real wasm:
// a text-only entry in the corpus gets its photo afterwards, the same portrait
// under another name is then linked (HL403), and no document is counted twice.
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { glueFactoryPlugin } from '../../glue-plugin.mjs';
import { load } from './load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const out = await esbuild.build({
  entryPoints: [path.join(root, 'extension/src/engine.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
  plugins: [glueFactoryPlugin(path.join(root, 'pkg', 'hirelens_glue.js'))],
});
globalThis.chrome = { runtime: { getURL: (p) => `chrome-extension://test/${p}` } };
globalThis.fetch = async () => new Response(fs.readFileSync(path.join(root, 'pkg', 'hirelens.wasm')));
const engine = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].contents).toString('base64'));
const { photoHashOf, photosUsable, withPhotoHash, withoutPhoto } = await load('photos.ts');
const { PHOTO_SIZE, photoHintKey } = await load('protocol.ts');

/** A PHOTO_SIZE² portrait stand-in (a grid of tones, different per seed), base64 RGBA as the content script sends it. */
function pixels(seed) {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
  const cells = Array.from({ length: 36 }, () => [rand(), rand(), rand()]);
  const px = Buffer.alloc(PHOTO_SIZE * PHOTO_SIZE * 4);
  for (let y = 0; y < PHOTO_SIZE; y++) {
    for (let x = 0; x < PHOTO_SIZE; x++) {
      const c = cells[Math.floor((y * 6) / PHOTO_SIZE) * 6 + Math.floor((x * 6) / PHOTO_SIZE)];
      px.set([...c, 255], (y * PHOTO_SIZE + x) * 4);
    }
  }
  return px.toString('base64');
}

const daniel = { kind: 'profile', id: 'upwork:profile:~01daniel', name: 'Daniel Kowalski', title: 'Full-stack developer', overview: 'I build dashboards and internal tools with React and Node. Ten years of experience with logistics companies.' };
const marek = { kind: 'profile', id: 'upwork:profile:~01marek', name: 'Marek Nowak', title: 'Backend engineer', overview: 'Payments and billing systems in Go; I like careful migrations and clear runbooks.' };

test('helpers: the hash goes on the profile (or a proposal\'s embedded profile); a page\'s own hash is dropped', async (t) => {
  const g = await engine.engine();
  if (!photosUsable(g)) return t.skip('this engine build has no Corpus/photoHash');
  const h = photoHashOf(g, pixels(7));
  assert.match(h, /^[0-9a-f]{16}$/);
  assert.equal(photoHashOf(g, pixels(7)), h, 'the same pixels, the same hash');
  assert.notEqual(photoHashOf(g, pixels(8)), h);
  assert.equal(photoHashOf(g, Buffer.alloc(10).toString('base64')), undefined, 'wrong size: no hash');
  assert.deepEqual(withPhotoHash(daniel, h).photo, { dhash: h });
  const proposal = { kind: 'proposal', id: 'x', text: 'Hello', profile: { name: 'A' } };
  assert.deepEqual(withPhotoHash(proposal, h).profile, { name: 'A', photo: { dhash: h } });
  assert.equal(withPhotoHash(proposal, undefined), proposal);
  assert.ok(!('photo' in withoutPhoto({ ...daniel, photo: { dhash: h } })));
  assert.deepEqual(withoutPhoto({ ...proposal, profile: { name: 'A', photo: { dhash: h } } }).profile, { name: 'A' });
});

test('text first, photo second: the second pass links the reused portrait and replaces the entry', async (t) => {
  const g = await engine.engine();
  if (!photosUsable(g)) return t.skip('this engine build has no Corpus/photoHash');
  const c = new g.Corpus(new Uint8Array(32).fill(3));
  try {
    const portrait = photoHashOf(g, pixels(7));
    // Seen earlier, with its photo.
    c.analyze(withPhotoHash(daniel, portrait), {});
    // Another page, first message: text only. No photo hint yet.
    const textOnly = c.analyze(marek, {});
    assert.ok(!textOnly.hints.some((h) => h.code === 'HL403'), JSON.stringify(textOnly.hints.map((h) => h.code)));
    assert.equal(c.size, 2);
    // Second message: the same document with its photo.
    const withPhoto = c.analyze(withPhotoHash(marek, photoHashOf(g, pixels(7))), {});
    const photo = withPhoto.hints.filter((h) => h.code === 'HL403');
    assert.equal(photo.length, 1, JSON.stringify(withPhoto.hints.map((h) => h.code)));
    assert.ok(`${photo[0].message} ${photo[0].evidence.map((e) => e.text).join(' ')}`.includes(daniel.id), photo[0].message);
    assert.equal(c.size, 2, 'the photo replaced the text-only entry: still two documents');
    assert.equal(c.links(marek.id).filter((l) => JSON.stringify(l).includes('photo')).length, 1, JSON.stringify(c.links(marek.id)));
    // The content script updates the badge because its photo hints changed.
    assert.notEqual(photoHintKey(withPhoto), photoHintKey(textOnly));
    // A different portrait gives no photo link (the control).
    const other = c.analyze(withPhotoHash({ ...marek, id: 'upwork:profile:~01other', name: 'Oskar Lind' }, photoHashOf(g, pixels(99))), {});
    assert.ok(!other.hints.some((h) => h.code === 'HL403'));
    assert.equal(c.size, 3);
  } finally {
    c.free?.();
  }
});
