import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { tooLargeError, notAnalysedReason, notAnalysedText, errorDetail, DETAIL_CHARS } = await load('not-analysed.ts');

test('a document too large for a message: the reason gives its size and the 8 MiB limit, in each language', () => {
  const err = tooLargeError('profile', 'www.freelancer.com/about/huge#1', 9_000_123);
  assert.match(err, /^profile www\.freelancer\.com\/about\/huge#1: not analysed: the document's text is 9,000,123 characters of JSON/);
  assert.equal(notAnalysedReason('en', err), 'This item was not analyzed: it is larger than HireLens accepts (9,000,123 characters, limit 8 MiB).');
  const ja = notAnalysedReason('ja', err);
  assert.match(ja, /^この項目は分析されていません/);
  assert.ok(ja.includes('9,000,123') && ja.includes('8 MiB'), ja);
  const ko = notAnalysedReason('ko', err);
  assert.match(ko, /^이 항목은 분석되지 않았습니다/);
  assert.ok(ko.includes('9,000,123') && ko.includes('8 MiB'), ko);
});

test('the engine\'s own errors become plain reasons: size limit, a refused field, a trap, anything else', () => {
  assert.equal(notAnalysedReason('en', 'document is 5.2 MiB; the limit is 4 MiB per document'), 'This item was not analyzed: it is larger than HireLens accepts (5.2 MiB, limit 4 MiB).');
  assert.equal(notAnalysedReason('en', 'employment[2].start: expected a date (YYYY-MM or YYYY-MM-DD)'), 'This item was not analyzed: HireLens could not read one of its fields (employment[2].start).');
  assert.equal(notAnalysedReason('en', 'document 1 (id "a:b"): messages[0].sent_at: not a timestamp'), 'This item was not analyzed: HireLens could not read one of its fields (messages[0].sent_at).');
  assert.match(notAnalysedReason('ko', 'the analysis engine stopped on this input (unreachable); it has been restarted'), /분석 엔진이 이 항목에서 멈췄습니다/);
  assert.equal(notAnalysedReason('en', 'gone'), 'This item was not analyzed: HireLens could not process it.');
  assert.equal(notAnalysedReason('en', undefined), 'This item was not analyzed: HireLens could not process it.');
});

test('the technical detail is one short line: no stack frames, capped', () => {
  assert.equal(errorDetail('RuntimeError: unreachable\n    at wasm://wasm/1234:wasm-function[99]:0x1\n    at analyze (glue.js:10:3)'), 'RuntimeError: unreachable');
  const long = errorDetail('x'.repeat(5000));
  assert.equal(long.length, DETAIL_CHARS);
  assert.ok(long.endsWith('…'));
  assert.equal(errorDetail(''), '');
});

test('badge, tooltip and panel texts: no risk level, the reason, and that it is no judgement about the person', () => {
  const err = tooLargeError('profile', 'x', 8_400_000);
  const levels = /\b(low|medium|high|no hints)\b/i;
  for (const lang of ['en', 'ja', 'ko']) {
    const txt = notAnalysedText(lang, 'Ana Silva', err);
    for (const [k, v] of Object.entries(txt)) assert.ok(!/\{\w+\}/.test(v), `${lang}.${k} has an unfilled placeholder: ${v}`);
    assert.ok(txt.aria.includes('Ana Silva') && txt.aria.includes(txt.reason), `${lang}: ${txt.aria}`);
    assert.ok(txt.title.includes('Ana Silva'), txt.title);
    assert.ok(txt.detail.includes('8,400,000 characters of JSON'), txt.detail);
    assert.doesNotMatch(txt.badge, levels, `${lang}: ${txt.badge}`);
  }
  const en = notAnalysedText('en', 'Ana Silva', err);
  assert.equal(en.badge, 'HireLens: not analyzed');
  assert.match(en.noJudgement, /not a judgement about the person/);
  assert.notEqual(notAnalysedText('ja', 'A', err).badge, en.badge);
  assert.notEqual(notAnalysedText('ko', 'A', err).noJudgement, en.noJudgement);
  assert.equal(notAnalysedText('en', 'A', undefined).detail, '');
});
