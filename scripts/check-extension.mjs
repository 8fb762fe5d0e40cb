#!/usr/bin/env node
// Security review checks on the BUILT extension (dist/extension-*), run in CI
// by scripts/test-hardening.sh. Skips with a message when nothing is built.
//
//  1. No remote code: no script/style/import/importScripts/fetch of an
//     http(s) URL, no remote URL in the manifest CSP.
//  2. No eval: no eval(, new Function(, setTimeout/setInterval with a string.
//  3. Content scripts never write HTML: no innerHTML/outerHTML/
//     insertAdjacentHTML/document.write/createContextualFragment in them.
//  4. Only the permissions the extension needs (an allow-list).
//  5. The stored corpus holds keyed hashes: the bundles that write storage
//     use HMAC (or the wasm Corpus's keyed digests), and never put contact
//     fields (emails, phones, handles, wallets) into storage directly.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const dirs = fs.existsSync(dist)
  ? fs.readdirSync(dist).filter((d) => /^extension-(chromium|firefox)$/.test(d)).map((d) => path.join(dist, d))
  : [];
if (dirs.length === 0) {
  console.log('check-extension: skipped: dist/extension-chromium and dist/extension-firefox are not built (node extension/build.mjs)');
  process.exit(0);
}

const ALLOWED_PERMISSIONS = new Set(['storage', 'contextMenus', 'activeTab', 'scripting']);
const problems = [];
let checked = 0;

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/** Drop string literals and comments that only *mention* things (best effort is not needed: be strict). */
const REMOTE = [
  [/<script[^>]+src\s*=\s*["']?(https?:)?\/\//i, 'remote <script src>'],
  [/<link[^>]+href\s*=\s*["']?(https?:)?\/\/[^>]*stylesheet|<link[^>]+stylesheet[^>]*href\s*=\s*["']?(https?:)?\/\//i, 'remote stylesheet'],
  [/importScripts\(\s*["'`]https?:/, 'importScripts of a remote URL'],
  [/\bimport\s*\(\s*["'`]https?:/, 'dynamic import of a remote URL'],
  [/\bfrom\s*["']https?:/, 'static import of a remote URL'],
  [/\bfetch\(\s*["'`]https?:/, 'fetch of a remote URL'],
  [/new\s+WebSocket\(/, 'WebSocket'],
  [/navigator\.sendBeacon\(/, 'sendBeacon'],
];
const EVAL = [
  [/(^|[^.\w$])eval\s*\(/, 'eval('],
  [/new\s+Function\s*\(/, 'new Function('],
  [/\bset(?:Timeout|Interval)\(\s*["'`]/, 'setTimeout/setInterval with a string'],
];
const HTML_SINKS = [
  [/\.innerHTML\s*[+]?=(?!=)/, 'innerHTML ='],
  [/\.outerHTML\s*[+]?=(?!=)/, 'outerHTML ='],
  [/\.insertAdjacentHTML\s*\(/, 'insertAdjacentHTML('],
  [/document\.write(?:ln)?\s*\(/, 'document.write('],
  [/createContextualFragment\s*\(/, 'createContextualFragment('],
  [/\.setHTMLUnsafe\s*\(|\.parseHTMLUnsafe\s*\(/, 'setHTMLUnsafe'],
];

for (const dir of dirs) {
  const name = path.basename(dir);
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    problems.push(`${name}: no manifest.json`);
    continue;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  // 4. permissions
  for (const p of manifest.permissions ?? []) {
    if (!ALLOWED_PERMISSIONS.has(p)) problems.push(`${name}: permission "${p}" is not on the allow-list`);
  }
  // Granted at install: the supported sites only, never every site.
  for (const h of manifest.host_permissions ?? []) {
    if (h === '<all_urls>' || /^\*:\/\/\*\/|^https?:\/\/\*\//.test(h)) problems.push(`${name}: host permission "${h}" covers every site`);
  }
  // Optional: nothing is granted until the user enables one site from the
  // popup (the request names that one origin); HTTPS pages only.
  for (const h of manifest.optional_host_permissions ?? []) {
    if (h !== 'https://*/*') problems.push(`${name}: optional host permission "${h}" (only "https://*/*", granted one site at a time, is expected)`);
  }
  // 1. CSP
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|unsafe-eval[^-]|'unsafe-inline'/.test(csp.replace(/wasm-unsafe-eval/g, ''))) {
    problems.push(`${name}: manifest CSP allows remote or eval'd code: ${csp}`);
  }
  // content scripts
  const content = new Set(
    (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => path.join(dir, f)),
  );
  for (const f of files(dir)) {
    if (!/\.(m?js|html)$/.test(f)) continue;
    const rel = `${name}/${path.relative(dir, f)}`;
    const src = fs.readFileSync(f, 'utf8');
    checked++;
    for (const [re, what] of [...REMOTE, ...EVAL]) {
      if (re.test(src)) problems.push(`${rel}: ${what}`);
    }
    // Content scripts, and anything under a content/ folder (injected with scripting.executeScript).
    if (content.has(f) || /(^|\/)content[^/]*\.m?js$|\/content\//.test(rel)) {
      for (const [re, what] of HTML_SINKS) {
        if (re.test(src)) problems.push(`${rel}: content script uses ${what}`);
      }
    }
  }
  // 5. storage holds keyed hashes
  const bundles = files(dir).filter((f) => /\.m?js$/.test(f)).map((f) => [f, fs.readFileSync(f, 'utf8')]);
  const writers = bundles.filter(([, s]) => /storage\.local\.set|storage\.session\.set|indexedDB\.open/.test(s));
  for (const [f, s] of writers) {
    const rel = `${name}/${path.relative(dir, f)}`;
    if (!/HMAC|hmac|Corpus|toBytes|to_bytes|keyed/i.test(s)) {
      problems.push(`${rel}: writes to storage but shows no keyed hashing (HMAC or the wasm Corpus)`);
    }
    if (/storage\.local\.set\(\s*\{[^}]*\b(emails|phones|handles|wallets)\b/.test(s)) {
      problems.push(`${rel}: stores raw contact fields`);
    }
  }
}

if (problems.length) {
  console.error(`check-extension: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  console.log(`0 passed, 1 failed`);
  process.exit(1);
}
console.log(`check-extension: ${dirs.length} builds, ${checked} files: no remote code, no eval, no HTML sinks in content scripts, permissions on the allow-list, storage keyed`);
