// Assemble pkg/ (the npm package `hirelens`) from js/src and the wasm build
// that scripts/build-wasm.sh left in pkg/. Run by scripts/build.sh.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { wrapGlue } from './glue.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(root, 'pkg');
const gen = path.join(root, 'target', 'js');
fs.mkdirSync(gen, { recursive: true });
const glue = path.join(gen, 'glue.js');
fs.writeFileSync(glue, wrapGlue(fs.readFileSync(path.join(pkg, 'hirelens_glue.js'), 'utf8')));

const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('version not found in Cargo.toml');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  alias: { 'hirelens-glue': glue },
  logLevel: 'warning',
  legalComments: 'none',
  banner: { js: `// hirelens ${version}: explainable risk hints, never verdicts. Generated; see js/src in the repository.` },
};
const src = (f) => path.join(root, 'js', 'src', f);
const out = (f) => path.join(pkg, f);
await Promise.all([
  esbuild.build({ ...common, entryPoints: [src('node.ts')], outfile: out('node.js'), format: 'esm', platform: 'node', target: 'node20', define: { __HIRELENS_CJS__: 'false' } }),
  esbuild.build({
    ...common,
    entryPoints: [src('node.ts')],
    outfile: out('node.cjs'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { __HIRELENS_CJS__: 'true' },
    // import.meta is only read when __dirname is absent, i.e. never in CommonJS.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  esbuild.build({ ...common, entryPoints: [src('index.ts')], outfile: out('index.js'), format: 'esm', platform: 'browser', target: 'es2022' }),
  esbuild.build({ ...common, entryPoints: [src('worker.ts')], outfile: out('worker.js'), format: 'esm', platform: 'browser', target: 'es2022' }),
  esbuild.build({ ...common, entryPoints: [src('worker-thread.ts')], outfile: out('worker-thread.js'), format: 'esm', platform: 'browser', target: 'es2022' }),
]);

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'js', 'package.template.json'), 'utf8'));
manifest.version = version;
fs.writeFileSync(out('package.json'), JSON.stringify(manifest, null, 2) + '\n');
fs.copyFileSync(path.join(root, 'js', 'README.md'), out('README.md'));
