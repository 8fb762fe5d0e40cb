// The built manifests (run after node extension/build.mjs; scripts/test-extension.sh builds first).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');
const read = (b) => JSON.parse(fs.readFileSync(path.join(dist, `extension-${b}`, 'manifest.json'), 'utf8'));
const HOSTS = ['https://www.upwork.com/*', 'https://www.freelancer.com/*', 'https://www.fiverr.com/*', 'https://www.linkedin.com/*'];

for (const browser of ['chromium', 'firefox']) {
  test(`${browser} manifest: least privilege, nothing exposed to pages, wasm only for extension pages`, (t) => {
    if (!fs.existsSync(path.join(dist, `extension-${browser}`, 'manifest.json'))) return t.skip('not built (node extension/build.mjs)');
    const m = read(browser);
    assert.equal(m.manifest_version, 3);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
    assert.deepEqual(m.host_permissions, HOSTS);
    // Other sites only when the user enables them (popup), one origin at a time.
    assert.deepEqual(m.optional_host_permissions, ['https://*/*']);
    assert.equal(m.externally_connectable, undefined, 'no web page or other extension may connect');
    assert.equal(m.web_accessible_resources, undefined, 'pages cannot load extension files');
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    assert.equal(m.content_scripts.length, 1);
    assert.deepEqual(m.content_scripts[0].matches, HOSTS);
    assert.equal(m.content_scripts[0].all_frames, false);
    for (const f of [...m.content_scripts[0].js, ...m.content_scripts[0].css, 'background.js', 'hirelens.wasm', 'popup.html', 'options.html', 'report.html']) {
      assert.ok(fs.existsSync(path.join(dist, `extension-${browser}`, f)), f);
    }
    for (const l of ['en', 'ja', 'ko']) assert.ok(fs.existsSync(path.join(dist, `extension-${browser}`, '_locales', l, 'messages.json')), l);
    if (browser === 'chromium') {
      assert.deepEqual(m.background, { service_worker: 'background.js' });
    } else {
      assert.deepEqual(m.background, { scripts: ['background.js'] });
      assert.ok(m.browser_specific_settings.gecko.id);
      assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
    }
  });
}

test('the background bundle is one classic script (no import/export: it runs as a service worker and as a Firefox event page)', (t) => {
  const f = path.join(dist, 'extension-chromium', 'background.js');
  if (!fs.existsSync(f)) return t.skip('not built');
  const src = fs.readFileSync(f, 'utf8');
  assert.ok(!/^\s*(import|export)\s/m.test(src));
  assert.ok(!/import\.meta/.test(src));
  // The only fetch is of the extension's own module (engine.ts); the glue's own
  // init path, which would fetch a given URL, is never called (initSync is).
  const fetches = new Set(src.match(/\bfetch\([^)]*\)/g) ?? []);
  assert.deepEqual([...fetches].sort(), ['fetch(module_or_path)', 'fetch(url)']);
  assert.match(src, /const url = chrome\.runtime\.getURL\("hirelens\.wasm"\);\s*compiled = fetch\(url\)/);
});
