// Bench (not a test): the 50-proposal page in Debian's Chromium with the built extension.
//   node extension/bench.mjs [runs]
// Reports, over `runs` page loads (median, min, max):
//   ready→badges  ms from DOMContentLoaded to the 50th badge in the DOM
//   longest task  the longest synchronous stretch of the content script (its own timing)
//   long tasks    tasks ≥ 50 ms on the page's main thread (PerformanceObserver 'longtask')
//   photos after  ms from the 50th badge until the background has taken the 50 portraits
//                 (the page's second message); each load waits for it before the next
// The first load after browser start is reported separately (cold: the
// service worker starts and compiles the WebAssembly module).
import { launch } from './tests/harness.mjs';

const runs = Number(process.argv[2] ?? 15);
const URL_50 = 'https://www.upwork.com/ab/applicants/1799999999999999999/applicants?n=50';

const env = await launch();
await env.context.addInitScript(() => {
  window.__hl = { longtasks: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__hl.longtasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const mo = new MutationObserver(() => {
    if (document.querySelectorAll('hirelens-badge').length >= 50 && !window.__hl.done) window.__hl.done = performance.now();
    if (Number(document.documentElement.getAttribute('data-hirelens-photos')) >= 50 && !window.__hl.photos) window.__hl.photos = performance.now();
    if (window.__hl.done && window.__hl.photos) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hirelens-photos'] });
});

async function once() {
  const page = await env.context.newPage();
  await page.goto(URL_50);
  await page.waitForFunction(() => window.__hl && window.__hl.done, null, { timeout: 20_000 });
  // The portraits follow the badges; let them reach the background before the next load.
  await page.waitForFunction(() => window.__hl.photos, null, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      readyToBadges: window.__hl.done - nav.domContentLoadedEventStart,
      longest: Number(document.documentElement.getAttribute('data-hirelens-longest-ms')),
      background: Number(document.documentElement.getAttribute('data-hirelens-background-ms')),
      roundtrip: Number(document.documentElement.getAttribute('data-hirelens-roundtrip-ms')),
      phases: JSON.parse(document.documentElement.getAttribute('data-hirelens-phases-ms') ?? '{}'),
      longtasks: window.__hl.longtasks,
      photosAfter: window.__hl.photos ? window.__hl.photos - window.__hl.done : NaN,
    };
  });
  await page.close();
  return r;
}

const cold = await once();
const warm = [];
for (let i = 0; i < runs; i++) warm.push(await once());
await env.close();

const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const fmt = (a) => `median ${med(a).toFixed(1)} ms (min ${Math.min(...a).toFixed(1)}, max ${Math.max(...a).toFixed(1)})`;
const allLong = warm.flatMap((w) => w.longtasks);
console.log(`HireLens extension bench: 50 proposals, ${runs} warm loads, Chromium ${(await import('node:child_process')).execFileSync('/usr/bin/chromium', ['--version']).toString().trim()}`);
console.log(`cold (first load, worker starts, wasm compiles): ready→badges ${cold.readyToBadges.toFixed(1)} ms, longest content-script task ${cold.longest.toFixed(1)} ms, long tasks ${JSON.stringify(cold.longtasks.map((d) => Math.round(d)))}`);
console.log(`warm ready→badges: ${fmt(warm.map((w) => w.readyToBadges))}`);
console.log(`warm first batch: round trip ${fmt(warm.map((w) => w.roundtrip))}, of which in the background (50 analyses, through the corpus when present) ${fmt(warm.map((w) => w.background))}`);
console.log(`warm longest content-script task: ${fmt(warm.map((w) => w.longest))}`);
const photos = warm.map((w) => w.photosAfter).filter((x) => Number.isFinite(x));
console.log(`warm 50th badge → 50 photos taken by the background: ${photos.length ? fmt(photos) : 'never (this build sends no photos)'}${photos.length < warm.length ? ` (${warm.length - photos.length} loads without)` : ''}`);
for (const ph of ['extract', 'photos', 'render']) console.log(`  longest ${ph} slice: ${fmt(warm.map((w) => w.phases[ph] ?? 0))}`);
console.log(`long tasks (≥50 ms) over all warm loads: ${allLong.length}${allLong.length ? ` (max ${Math.max(...allLong).toFixed(0)} ms)` : ''}`);
