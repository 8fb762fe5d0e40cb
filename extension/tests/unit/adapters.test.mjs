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

test('localised dates (LinkedIn in Polish, German, French, Spanish), durations and epoch months', () => {
  assert.deepEqual(util.dateRange('cze 2022 –obecnie · 4 lata'), ['2022-06', null]);
  assert.deepEqual(util.dateRange('lip 2019 – maj 2022 · 2 lata11 mies.'), ['2019-07', '2022-05']);
  assert.deepEqual(util.dateRange('2022 – kwi 2025'), ['2022', '2025-04']);
  assert.deepEqual(util.dateRange('Okt. 2020 – Heute'), ['2020-10', null]);
  assert.deepEqual(util.dateRange('juil. 2018 - juin 2020'), ['2018-07', '2020-06']);
  assert.deepEqual(util.dateRange('ene 2019 - dic 2019'), ['2019-01', '2019-12']);
  assert.deepEqual(util.dateRange('2008 - 2012'), ['2008', '2012']);
  assert.equal(util.partialDate('2019年3月'), '2019-03');
  assert.equal(util.partialDate('2019-03'), '2019-03');
  for (const s of ['cze 2022 – obecnie · 4 lata', 'Jan 2021 - Present · 4 yrs 11 mos', '2008 - 2012', 'lut 2026 - mar 2026 · 2 mies.']) assert.ok(util.DATE_RANGE.test(s), s);
  for (const s of ['Rzeszów, Woj. Podkarpackie, Polska', 'Laborum Nostrud ET 2020', '9 lat 8 mies.']) assert.ok(!util.DATE_RANGE.test(s), s);
  assert.equal(util.monthOf(1617896830796), '2021-04');
  assert.equal(util.monthOf(1690848000), '2023-08');
  assert.equal(util.monthOf(-5), undefined);
  assert.equal(util.monthOf('2021'), undefined);
  assert.equal(util.memberSince('Joined March 14, 2017'), '2017-03');
});

test('layered reads record the first strategy that found a value', () => {
  const f = new util.Fields();
  assert.equal(f.first('headline', [['state', () => undefined], ['attr', () => ''], ['label', () => 'Designer']]), 'Designer');
  assert.equal(f.first('skills', [['attr', () => []], ['shape', () => ['Go']]]).join(), 'Go');
  f.mark('employment[0].title', 'attr');
  f.mark('employment[1].title', 'label');
  assert.deepEqual(f.via, { headline: 'label', skills: 'shape', employment: 'attr' });
  assert.deepEqual(util.fieldsRead({ kind: 'profile', id: 'x', platform: 'p', url: 'u', name: 'N', skills: ['a'] }), ['name', 'skills']);
  assert.equal(util.poorProfile({ name: 'N', headline: 'H' }), true);
  assert.equal(util.poorProfile({ name: 'N', headline: 'H', location: {} }), false);
  assert.equal(util.poorProfile({ headline: 'H', location: {}, skills: [] }), true);
});

test('a metropolitan area is a place, not a country', () => {
  assert.deepEqual(util.location('Greater Stockholm Metropolitan Area'), { region: 'Greater Stockholm Metropolitan Area' });
  assert.deepEqual(util.location('San Francisco Bay Area'), { region: 'San Francisco Bay Area' });
  assert.deepEqual(util.location('Sweden'), { country: 'Sweden' });
});

test('rates with a currency code after the amount (Freelancer.com)', () => {
  assert.deepEqual(util.rate('$25 AUD in 7 days'), { amount: 25, currency: 'AUD' });
  assert.deepEqual(util.rate('₹25,000.00 INR'), { amount: 25000, currency: 'INR' });
  assert.deepEqual(util.rate('$38 USD / hour'), { amount: 38, currency: 'USD' });
  assert.deepEqual(util.rate('$70.00/hr'), { amount: 70, currency: 'USD' });
});
