// Build the HireLens browser extension for Chromium and Firefox.
//   node extension/build.mjs            -> dist/extension-chromium/, dist/extension-firefox/ and their zips
//   node extension/build.mjs --no-zip   (faster, for the test loop)
// Needs pkg/hirelens.wasm and pkg/hirelens_glue.js (bash scripts/build-wasm.sh).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { glueFactoryPlugin } from './glue-plugin.mjs';
import { encodePng } from './png.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'dist');
const zip = !process.argv.includes('--no-zip');
const version = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1] ?? '0.0.0';

const glue = path.join(root, 'pkg', 'hirelens_glue.js');
const wasm = path.join(root, 'pkg', 'hirelens.wasm');
for (const f of [glue, wasm]) {
  if (!fs.existsSync(f)) {
    console.error(`build-extension: ${path.relative(root, f)} is missing; run bash scripts/build-wasm.sh first`);
    process.exit(1);
  }
}

const glueFactory = glueFactoryPlugin(glue);

const common = {
  bundle: true,
  format: /** @type {const} */ ('iife'),
  target: ['chrome120', 'firefox142'],
  minify: false,
  sourcemap: false,
  legalComments: /** @type {const} */ ('none'),
  logLevel: /** @type {const} */ ('warning'),
  plugins: [glueFactory],
  define: { __HIRELENS_VERSION__: JSON.stringify(version) },
};

const entries = {
  background: 'src/background.ts',
  content: 'src/content/main.ts',
  popup: 'src/pages/popup.ts',
  options: 'src/pages/options.ts',
  report: 'src/pages/report.ts',
};

/** Hosts the content script runs on: one list, shared with the adapters. */
const { SUPPORTED_HOSTS } = await import(
  'data:text/javascript,' +
    encodeURIComponent(
      (await esbuild.build({ entryPoints: [path.join(here, 'src/hosts.ts')], bundle: true, format: 'esm', write: false })).outputFiles[0].text,
    )
);

function manifest(browser) {
  const matches = SUPPORTED_HOSTS.map((h) => `https://${h}/*`);
  /** @type {Record<string, any>} */
  const m = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'HireLens',
    description: '__MSG_extDescription__',
    version,
    default_locale: 'en',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_popup: 'popup.html', default_title: '__MSG_actionTitle__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    options_ui: { page: 'options.html', open_in_tab: true },
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: matches,
    // Any other https site only when the user asks (popup "Enable HireLens on this site").
    optional_host_permissions: ['https://*/*'],
    content_scripts: [
      { matches, js: ['content.js'], css: ['highlight.css'], run_at: 'document_start', all_frames: false },
    ],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  };
  if (browser === 'chromium') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '120';
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: {
        id: 'hirelens@hirelens.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}


/** The toolbar icon, drawn here (a lens on a blue square) so no binary files live in the repository. */
function iconPng(size) {
  const px = Buffer.alloc(size * size * 4);
  const c = size * 0.44, r = size * 0.27, w = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const rr = size * 0.18;
      const dx = Math.max(rr - x - 0.5, 0, x + 0.5 - (size - rr));
      const dy = Math.max(rr - y - 0.5, 0, y + 0.5 - (size - rr));
      const inside = Math.hypot(dx, dy) <= rr;
      if (!inside) continue;
      let [R, G, B] = [11, 87, 208];
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const ring = Math.abs(d - r) <= w / 2;
      const hx = x + 0.5 - c, hy = y + 0.5 - c;
      const along = (hx + hy) / Math.SQRT2, across = Math.abs(hx - hy) / Math.SQRT2;
      const handle = along > r && along < r + size * 0.26 && across <= w * 0.8;
      if (ring || handle) [R, G, B] = [255, 255, 255];
      px[i] = R; px[i + 1] = G; px[i + 2] = B; px[i + 3] = 255;
    }
  }
  return encodePng(px, size, size);
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

const t0 = performance.now();
const built = await esbuild.build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, path.join(here, v)])),
  outdir: path.join(dist, 'extension-build'),
  write: false,
});

for (const browser of ['chromium', 'firefox']) {
  const out = path.join(dist, `extension-${browser}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const f of built.outputFiles) fs.writeFileSync(path.join(out, path.basename(f.path)), f.contents);
  copyDir(path.join(here, 'static'), out);
  copyDir(path.join(here, '_locales'), path.join(out, '_locales'));
  fs.copyFileSync(wasm, path.join(out, 'hirelens.wasm'));
  fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) fs.writeFileSync(path.join(out, 'icons', `${size}.png`), iconPng(size));
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest(browser), null, 2) + '\n');
  if (zip) {
    const z = path.join(dist, `hirelens-extension-${browser}-${version}.zip`);
    fs.rmSync(z, { force: true });
    execFileSync('zip', ['-q', '-r', '-X', z, '.'], { cwd: out });
  }
}
fs.rmSync(path.join(dist, 'extension-build'), { recursive: true, force: true });

// Hint codes of the engine without a Japanese/Korean text in src/hint-text.ts
// (they show in English): a reminder, not an error.
{
  const { initSync, rules } = await import(glue);
  initSync({ module: fs.readFileSync(wasm) });
  const hintText = (await esbuild.build({ entryPoints: [path.join(here, 'src/hint-text.ts')], bundle: true, format: 'esm', write: false })).outputFiles[0].text;
  const { HINT_TEXT } = await import('data:text/javascript,' + encodeURIComponent(hintText));
  const missing = rules().map((r) => r.code).filter((c) => !HINT_TEXT[c]?.ja || !HINT_TEXT[c]?.ko);
  if (missing.length) console.error(`build-extension: no ja/ko hint text yet for ${missing.join(', ')} (shown in English)`);
}
console.error(`build-extension: dist/extension-chromium and dist/extension-firefox${zip ? ' (+ zips)' : ''} in ${Math.round(performance.now() - t0)} ms`);
