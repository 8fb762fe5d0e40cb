// Real consumers: `npm pack` pkg/, install the tarball (offline) into
// temporary projects under /tmp, and use it as users would: Node ESM and
// CommonJS, a page bundled with esbuild and one built by Vite, and the
// worker entry, in headless Debian Chromium driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { root, pkgDir, exampleFiles, documentsOf, fixtures } from './helpers.mjs';
import { writerText } from './writers.mjs';

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const NOW = '2026-11-24T12:00:00Z';
const exampleFile = exampleFiles().find((f) => path.basename(f).startsWith('suspicious-offplatform')) ?? path.join(fixtures, 'profile-3k.json');
const exampleDoc = documentsOf(exampleFile)[0];

let work;
let tarball;
let expected;

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A project in `work` with the tarball installed (offline: the package has no dependencies). */
function project(name, files) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, version: '0.0.0', type: files.type ?? 'module' }));
  for (const [f, text] of Object.entries(files)) {
    if (f === 'type') continue;
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], dir);
  return dir;
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-consumers-'));
  const out = sh('npm', ['pack', '--silent', '--pack-destination', work], pkgDir).trim().split('\n').pop();
  tarball = path.join(work, out);
  const { analyze } = await import(path.join(pkgDir, 'node.js'));
  expected = analyze(exampleDoc, { now: NOW });
});

after(() => {
  if (work && !process.env.KEEP_CONSUMERS) fs.rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the package and nothing else', () => {
  const list = sh('tar', ['-tzf', tarball], work).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort();
  for (const f of ['package.json', 'hirelens.wasm', 'index.js', 'node.js', 'node.cjs', 'worker.js', 'worker-thread.js', 'index.d.ts', 'types.d.ts', 'README.md']) {
    assert.ok(list.includes(f), `${f} missing from ${list.join(', ')}`);
  }
  assert.ok(!list.some((f) => f.startsWith('hirelens_glue')), 'internal glue must not ship');
  const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.dependencies, undefined);
  assert.equal(manifest.scripts, undefined, 'no install scripts');
});

test('Node ESM script and CommonJS require', () => {
  const doc = JSON.stringify(exampleDoc);
  const dir = project('node-consumer', {
    'esm.mjs': `import { analyze, HireLensError, version } from 'hirelens';
const r = analyze(${doc}, { now: '${NOW}' });
let field;
try { analyze({ kind: 'profile', jobs_completed: 'many' }); } catch (e) { if (e instanceof HireLensError) field = e.field; }
console.log(JSON.stringify({ r, field, version: version() }));`,
    'cjs.cjs': `const { analyze, HireLensError } = require('hirelens');
const r = analyze(${doc}, { now: '${NOW}' });
let field;
try { analyze({ kind: 'profile', jobs_completed: 'many' }); } catch (e) { if (e instanceof HireLensError) field = e.field; }
console.log(JSON.stringify({ r, field }));`,
  });
  for (const f of ['esm.mjs', 'cjs.cjs']) {
    const got = JSON.parse(sh(process.execPath, [f], dir));
    assert.deepEqual(got.r, expected, f);
    assert.equal(got.field, 'jobs_completed', f);
  }
});

test('TypeScript consumers (ESM and CommonJS, module node16, strict) type-check against the installed types', () => {
  const body = (imp) => `${imp}
const doc: HireLensDocument = { kind: 'profile', id: 'p1', employment: [{ start: '2019-03', end: 'Present' }] };
const report: Report = analyze(doc, { now: new Date(), minSeverity: 'low' });
const level: 'none' | 'low' | 'medium' | 'high' = report.level;
const first: Hint | undefined = report.hints[0];
const span: number | undefined = first?.evidence[0]?.start;
try { analyze(doc); } catch (e) { if (e instanceof HireLensError) { const f: string = e.field; void f; } }
// @ts-expect-error: kind is required
analyze({ id: 'x' });
// @ts-expect-error: not a severity
analyze(doc, { minSeverity: 'severe' });
void level; void span;
`;
  const dir = project('ts-consumer', {
    'esm.mts': body("import { analyze, HireLensError, type HireLensDocument, type Report, type Hint } from 'hirelens';"),
    'cjs.cts': body("import { analyze, HireLensError, type HireLensDocument, type Report, type Hint } from 'hirelens';"),
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['esm.mts', 'cjs.cts'] }),
  });
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = (() => {
    try {
      return { ok: true, out: sh(process.execPath, [tsc, '-p', '.'], dir) };
    } catch (e) {
      return { ok: false, out: String(e.stdout) + String(e.stderr) };
    }
  })();
  assert.ok(r.ok, r.out);
});

const PAGE_JS = (init) => `import { init, analyze, HireLensError } from 'hirelens';
const doc = ${JSON.stringify(exampleDoc)};
(async () => {
  try {
    await ${init};
    const r = analyze(doc, { now: '${NOW}' });
    let field;
    try { analyze({ kind: 'profile', employment: [{ start: 'someday' }] }); } catch (e) { if (e instanceof HireLensError) field = e.field; }
    const badge = document.createElement('span');
    badge.id = 'badge';
    badge.textContent = r.level + ' ' + r.hints.map((h) => h.code).join(',');
    document.body.append(badge);
    window.__result = { report: r, field };
  } catch (e) {
    window.__result = { error: String(e && e.stack || e), code: e && e.code };
  }
})();
`;
const WORKER_JS = `import { analyze, analyzeMany, version, HireLensError, Corpus, __debugTrap } from 'hirelens/worker';
const doc = ${JSON.stringify(exampleDoc)};
${writerText.toString()}
(async () => {
  try {
    const r = await analyze(doc, { now: new Date('${NOW}') });
    let field, trap;
    try { await analyze({ kind: 'profile', employment: [{ start: 'someday' }] }); } catch (e) { if (e instanceof HireLensError) field = e.field; }
    try { await __debugTrap(); } catch (e) { trap = e instanceof HireLensError && e.code; }
    const again = await analyzeMany([doc], { now: '${NOW}' });
    let corpus;
    try {
      const c = await Corpus.create();
      const t = 'We are a team of senior developers with ten years of experience in React, Node and blockchain. We deliver fast, clean code and daily updates. Contact us to discuss your project and the timeline.';
      await c.add({ kind: 'proposal', id: 'x', text: t + ' Regards, Tom' });
      await c.add({ kind: 'proposal', id: 'y', text: t + ' Thanks, Jim' });
      const back = await Corpus.fromBytes(await c.toBytes());
      // writers who change subject, each under one name: the worker's corpus learns a topic share
      const w = await Corpus.create();
      for (const t of [0, 1]) for (let i = 0; i < 60; i++) await w.add({ kind: 'proposal', id: 'w' + i + '-' + t, author: { name: 'Writer ' + i }, text: writerText(i, t) });
      corpus = { size: await back.size(), clusters: await back.clusters(), share: await back.styleTopicShare(), learnt: await w.styleTopicShare() };
    } catch (e) {
      corpus = { error: e.code + ' ' + e.message };
    }
    window.__result = { report: r, field, trap, again: again[0], version: await version(), corpus };
  } catch (e) {
    window.__result = { error: String(e && e.stack || e) };
  }
})();
`;
const HTML = (src, scriptSrc = "'self' 'wasm-unsafe-eval'") => `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${scriptSrc}; worker-src 'self'">
<title>hirelens consumer</title></head><body><script type="module" src="${src}"></script></body></html>`;

/** Serve `dir` on 127.0.0.1; `wasmType` lets a test send the wrong MIME type. */
function serve(dir, wasmType = 'application/wasm') {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': wasmType, '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!p.startsWith(dir) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(p)] ?? 'application/octet-stream' });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser;
async function runPage(dir, page = 'index.html', wasmType) {
  if (!browser) {
    const { chromium } = await import(path.join(root, 'node_modules', 'playwright-core', 'index.mjs'));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }
  const server = await serve(dir, wasmType);
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const errors = [];
  const external = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:')) external.push(r.url());
  });
  try {
    await p.goto(`http://127.0.0.1:${server.address().port}/${page}`);
    await p.waitForFunction(() => window.__result !== undefined, null, { timeout: 20000 });
    const result = await p.evaluate(() => window.__result);
    const badge = await p.evaluate(() => document.getElementById('badge')?.textContent ?? null);
    assert.deepEqual(errors, []);
    assert.deepEqual(external, [], 'no request leaves the machine');
    return { ...result, badge };
  } finally {
    await ctx.close();
    server.close();
  }
}

after(async () => {
  if (browser) await browser.close();
});

const chromium = fs.existsSync('/usr/bin/chromium');

test('a page bundled with esbuild, in Chromium (wasm served with the right and the wrong MIME type)', { skip: !chromium && 'no /usr/bin/chromium (scripts/setup.sh --browser)' }, async () => {
  const dir = project('esbuild-page', { 'src/main.js': PAGE_JS('init()'), 'src/url.js': PAGE_JS("init(new URL('./hirelens.wasm', import.meta.url))") });
  fs.mkdirSync(path.join(dir, 'dist'));
  sh(bin('esbuild'), ['src/main.js', '--bundle', '--format=esm', '--outfile=dist/main.js', '--log-level=warning'], dir);
  fs.copyFileSync(path.join(dir, 'node_modules', 'hirelens', 'hirelens.wasm'), path.join(dir, 'dist', 'hirelens.wasm'));
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), HTML('./main.js'));
  for (const type of ['application/wasm', 'application/octet-stream']) {
    const r = await runPage(path.join(dir, 'dist'), 'index.html', type);
    assert.equal(r.error, undefined, r.error);
    assert.deepEqual(r.report, expected);
    assert.equal(r.field, 'employment[0].start');
    assert.equal(r.badge, `${expected.level} ${expected.hints.map((h) => h.code).join(',')}`);
  }
  // Without 'wasm-unsafe-eval' the page's CSP refuses WebAssembly: a clear init-failed error.
  fs.writeFileSync(path.join(dir, 'dist', 'strict.html'), HTML('./main.js', "'self'"));
  const strict = await runPage(path.join(dir, 'dist'), 'strict.html');
  assert.equal(strict.code, 'init-failed', strict.error);
});

test('the same page built by Vite 7, in Chromium', { skip: !chromium && 'no /usr/bin/chromium' }, async () => {
  const dir = project('vite-page', { 'main.js': PAGE_JS('init()'), 'index.html': HTML('/main.js') });
  sh(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', 'dist'], dir);
  const assets = fs.readdirSync(path.join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `Vite emitted the .wasm: ${assets.join(', ')}`);
  const r = await runPage(path.join(dir, 'dist'));
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r.report, expected);
  assert.equal(r.field, 'employment[0].start');
});

test('the worker entry, built by Vite and by esbuild, in Chromium', { skip: !chromium && 'no /usr/bin/chromium' }, async () => {
  const check = (r) => {
    assert.equal(r.error, undefined, r.error);
    assert.deepEqual(r.report, expected);
    assert.deepEqual(r.again, expected, 'works after a trap');
    assert.equal(r.field, 'employment[0].start');
    assert.equal(r.trap, 'internal');
    const exportsCorpus = fs.readFileSync(path.join(root, 'src', 'wasm.rs'), 'utf8').includes('js_name = Corpus');
    if (exportsCorpus || !/no Corpus/.test(r.corpus.error ?? '')) {
      assert.equal(r.corpus.error, undefined, r.corpus.error);
      assert.equal(r.corpus.size, 2);
      // two documents, no name: nothing learnt; sixty writers' two texts: a share
      assert.equal(r.corpus.share, 0);
      assert.ok(r.corpus.learnt >= 0.25 && r.corpus.learnt <= 0.75, String(r.corpus.learnt));
      assert.deepEqual(r.corpus.clusters.map((k) => k.members.sort()), [['x', 'y']]);
    }
  };
  const vite = project('vite-worker', { 'main.js': WORKER_JS, 'index.html': HTML('/main.js') });
  sh(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', 'dist'], vite);
  check(await runPage(path.join(vite, 'dist')));

  const esb = project('esbuild-worker', { 'src/main.js': WORKER_JS });
  fs.mkdirSync(path.join(esb, 'dist'));
  sh(bin('esbuild'), ['src/main.js', '--bundle', '--format=esm', '--outfile=dist/main.js', '--log-level=warning'], esb);
  for (const f of ['worker-thread.js', 'hirelens.wasm']) fs.copyFileSync(path.join(esb, 'node_modules', 'hirelens', f), path.join(esb, 'dist', f));
  fs.writeFileSync(path.join(esb, 'dist', 'index.html'), HTML('./main.js'));
  check(await runPage(path.join(esb, 'dist')));
});
