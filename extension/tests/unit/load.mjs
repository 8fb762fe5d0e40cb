// Bundle a TypeScript module of the extension for Node (no DOM needed) and import it.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

export async function load(rel) {
  const out = await esbuild.build({ entryPoints: [path.join(src, rel)], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error', define: { __HIRELENS_VERSION__: '"test"' } });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].contents).toString('base64'));
}
