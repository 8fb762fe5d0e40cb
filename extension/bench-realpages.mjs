// Bench (not a test): the real saved pages (../shared/realpages, read at run time) at their
// real URLs in Debian's Chromium with the built extension.
//   node extension/bench-realpages.mjs [loads]
// For each page, over `loads` warm loads (after one cold load): the time from navigation
// start and from DOMContentLoaded to the first badge in the DOM (median, min, max), and the
// fields the badge carries (data-hirelens-fields).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from './tests/harness.mjs';
import { REAL_PAGES, REALPAGES_DIR } from './tests/server.mjs';

const loads = Number(process.argv[2] ?? 9);
const pages = REAL_PAGES.filter((p) => fs.existsSync(path.join(REALPAGES_DIR, p.file)));
if (pages.length === 0) {
  console.log(`bench-realpages: no real pages in ${REALPAGES_DIR} (set HIRELENS_REALPAGES); nothing to measure`);
  process.exit(0);
}
const env = await launch();
await env.context.addInitScript(() => {
  const mo = new MutationObserver(() => {
    if (document.querySelector('hirelens-badge') && !window.__hlBadge) {
      window.__hlBadge = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
});

async function once(url) {
  const page = await env.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__hlBadge, null, { timeout: 20_000 });
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const b = document.querySelector('hirelens-badge');
    return { fromStart: window.__hlBadge, fromReady: window.__hlBadge - nav.domContentLoadedEventStart, fields: b.getAttribute('data-hirelens-fields'), level: b.getAttribute('data-hirelens-level'), state: b.getAttribute('data-hirelens-state') };
  });
  await page.close();
  return r;
}

const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const fmt = (a) => `median ${med(a).toFixed(0)} ms (min ${Math.min(...a).toFixed(0)}, max ${Math.max(...a).toFixed(0)})`;
console.log(`HireLens real-page bench: ${loads} warm loads per page, ${execFileSync('/usr/bin/chromium', ['--version']).toString().trim()}`);
for (const p of pages) {
  const cold = await once(p.url);
  const warm = [];
  for (let i = 0; i < loads; i++) warm.push(await once(p.url));
  const fields = warm[0].fields ? warm[0].fields.split(',') : [];
  console.log(`${p.file} (${p.url})`);
  console.log(`  badge: ${warm[0].level ?? warm[0].state}; fields read: ${fields.length} (${fields.join(', ')})`);
  console.log(`  cold load: navigation start → badge ${cold.fromStart.toFixed(0)} ms`);
  console.log(`  warm: navigation start → badge ${fmt(warm.map((w) => w.fromStart))}; DOMContentLoaded → badge ${fmt(warm.map((w) => w.fromReady))}`);
}
await env.close();
