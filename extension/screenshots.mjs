// Screenshots for the README and docs (run by hand after UI changes):
//   node extension/screenshots.mjs   -> docs/extension-profile.png, docs/extension-proposals.png,
//                                       docs/extension-linkage.png (when the engine has the Corpus)
import path from 'node:path';
import { launch, ROOT } from './tests/harness.mjs';

const env = await launch();
async function shot(url, id, file, evidence, scrollTo) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  await page.goto(url);
  await page.waitForSelector(`hirelens-badge[data-hirelens-id="${id}"]`, { state: 'attached' });
  await page.locator(`hirelens-badge[data-hirelens-id="${id}"]`).evaluate((b) => b.shadowRoot.querySelector('button').click());
  await page.waitForSelector('hirelens-panel', { state: 'attached' });
  if (evidence) await page.locator('hirelens-panel').evaluate((p) => p.shadowRoot.querySelector('button.ev:not([disabled])')?.click());
  if (scrollTo) await page.locator('hirelens-panel').evaluate((p, sel) => p.shadowRoot.querySelector(sel)?.scrollIntoView({ block: 'center' }), scrollTo);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(ROOT, 'docs', file) });
  await page.close();
  console.log(`docs/${file}`);
}
await shot('https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9', 'upwork:profile:~01a2b3c4d5e6f7a8b9', 'extension-profile.png', true);
await shot('https://www.upwork.com/ab/applicants/1799999999999999999/applicants', 'upwork:proposal:1799999999999999999:1002', 'extension-proposals.png', true);
// Linkage: the same letter under another name on another job, seen before.
await shot('https://www.upwork.com/ab/applicants/2000000000000000002/applicants?set=repeat', 'upwork:proposal:2000000000000000002:2001', 'extension-linkage.png', false, '.seen');
await env.close();
