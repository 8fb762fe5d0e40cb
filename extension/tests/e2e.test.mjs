// End-to-end tests of the built Chromium extension (node --test).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badges, launch } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

describe('upwork', () => {
  test('profile: one badge, level from the engine, on the name', async () => {
    const page = await env.context.newPage();
    await page.goto('https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9');
    const got = await badges(page, 1);
    assert.deepEqual(Object.keys(got), ['upwork:profile:~01a2b3c4d5e6f7a8b9']);
    assert.equal(got['upwork:profile:~01a2b3c4d5e6f7a8b9'], 'high');
    const text = await page.locator('hirelens-badge').evaluate((b) => b.shadowRoot.querySelector('button').textContent);
    assert.match(text, /HireLens: high/);
    const parent = await page.locator('hirelens-badge').evaluate((b) => b.parentElement.getAttribute('data-test'));
    assert.equal(parent, 'freelancer-name');
    await page.close();
  });

  test('proposal list: a badge per proposal with its own level', async () => {
    const page = await env.context.newPage();
    await page.goto('https://www.upwork.com/ab/applicants/1799999999999999999/applicants');
    const got = await badges(page, 3);
    assert.equal(got['upwork:proposal:1799999999999999999:1001'], 'none');
    assert.equal(got['upwork:proposal:1799999999999999999:1002'], 'high');
    assert.notEqual(got['upwork:proposal:1799999999999999999:1003'], 'none');
    await page.close();
  });
});
