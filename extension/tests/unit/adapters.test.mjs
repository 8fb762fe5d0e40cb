import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { PAGE_TYPES, pageTypeFor } = await load('adapters/index.ts');
const util = await load('adapters/util.ts');

test('every page type declares example URLs', () => {
  assert.ok(PAGE_TYPES.length >= 3);
  for (const p of PAGE_TYPES) assert.ok(p.examples.match.length > 0, `${p.id} has no matching example`);
});

for (const p of PAGE_TYPES) {
  test(`${p.id}: example URLs match, counter-examples do not`, () => {
    for (const u of p.examples.match) {
      assert.ok(p.test(new URL(u)), `${p.id} should match ${u}`);
      assert.equal(pageTypeFor(new URL(u))?.id, p.id, `${u} goes to ${p.id}, not another page type`);
    }
    for (const u of p.examples.noMatch) assert.ok(!p.test(new URL(u)), `${p.id} must not match ${u}`);
  });
}

test('no page type claims another host', () => {
  for (const u of ['https://example.com/freelancers/~01abc', 'https://upwork.com.evil.test/freelancers/~01abc', 'https://www.upwork.com.evil.test/in/someone']) {
    assert.equal(pageTypeFor(new URL(u)), undefined, u);
  }
});

test('parsers: dates, rates, locations, languages, local time', () => {
  assert.deepEqual(util.dateRange('March 2019 - Present'), ['2019-03', null]);
  assert.deepEqual(util.dateRange('2016 – 2018'), ['2016', '2018']);
  assert.equal(util.partialDate('Sept 2020'), '2020-09');
  assert.deepEqual(util.rate('$45.00/hr'), { amount: 45, currency: 'USD' });
  assert.deepEqual(util.rate('€1,200 / project'), { amount: 1200, currency: 'EUR' });
  assert.equal(util.rate('negotiable'), undefined);
  assert.deepEqual(util.location('Austin, TX, United States'), { city: 'Austin', region: 'TX', country: 'United States' });
  assert.deepEqual(util.location('Canada'), { country: 'Canada' });
  assert.deepEqual(util.languageClaim('English: Native or Bilingual'), { language: 'English', level: 'native' });
  assert.deepEqual(util.languageClaim('Polish (Conversational)'), { language: 'Polish', level: 'conversational' });
  const now = new Date('2026-11-23T12:00:00Z');
  assert.equal(util.offsetFromLocalTime('6:00 AM local time', now), -360);
  assert.equal(util.offsetFromLocalTime('9:30 PM', now), 570);
  assert.equal(util.offsetFromLocalTime('11:45 PM', new Date('2026-11-23T00:00:00Z')), -15);
  assert.equal(util.memberSince('Member since May 2024'), '2024-05');
  assert.equal(util.int('1,234 jobs'), 1234);
});
