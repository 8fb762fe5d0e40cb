// The engine wrapper over the real wasm module: lazy load, and a fresh
// instance after a trap (the glue factory made by glue-plugin.mjs).
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { glueFactoryPlugin } from '../../glue-plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const glue = path.join(root, 'pkg', 'hirelens_glue.js');
const wasm = path.join(root, 'pkg', 'hirelens.wasm');

const out = await esbuild.build({
  entryPoints: [path.join(root, 'extension/src/engine.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
  plugins: [glueFactoryPlugin(glue)],
});
let fetches = 0;
globalThis.chrome = { runtime: { getURL: (p) => `chrome-extension://test/${p}` } };
globalThis.fetch = async (url) => {
  fetches += 1;
  assert.equal(String(url), 'chrome-extension://test/hirelens.wasm');
  return new Response(fs.readFileSync(wasm));
};
const engine = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].contents).toString('base64'));

test('lazy: nothing is loaded until the first call, then the module is compiled once', async () => {
  assert.equal(fetches, 0);
  assert.equal(engine.current(), null);
  const r = await engine.withEngine((g) => g.analyze({ kind: 'message', id: 'm', text: "Let's continue on Telegram: @someone_dev" }, {}));
  assert.equal(r.id, 'm');
  assert.equal(fetches, 1);
  await engine.withEngine((g) => g.version());
  assert.equal(fetches, 1);
});

test('after a trap the poisoned instance is dropped and the next call gets a fresh one', async (t) => {
  const g = await engine.engine();
  if (typeof g.__debugTrap !== 'function') return t.skip('this wasm build has no __debugTrap');
  const before = engine.instances;
  await assert.rejects(engine.withEngine((x) => x.__debugTrap()), (e) => e.name === 'EngineTrap' && /deliberate trap/.test(e.message));
  assert.equal(engine.current(), null);
  const r = await engine.withEngine((x) => x.analyze({ kind: 'proposal', id: 'after', text: 'Hello' }, {}));
  assert.equal(r.id, 'after');
  assert.equal(engine.instances, before + 1);
  assert.equal(fetches, 1, 'the compiled module is reused');
});

test('input errors are not traps: the instance stays', async () => {
  const g = await engine.engine();
  await assert.rejects(engine.withEngine((x) => x.analyze({ kind: 'proposal', text: 42 }, {})), /text/);
  assert.equal(engine.current(), g);
});
