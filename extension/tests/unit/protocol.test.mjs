import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { parseRequest, isContentRequest, LIMITS } = await load('protocol.ts');
const { splitConversation, docFromText } = await load('paste.ts');
const { resolveLang, t } = await load('i18n.ts');

test('valid requests parse; their types are kept', () => {
  const r = parseRequest({ v: 1, type: 'analyze', url: 'https://www.upwork.com/x', items: [{ key: 'k', label: 'L', doc: { kind: 'proposal', id: 'a', text: 'hi' } }] });
  assert.equal(typeof r, 'object');
  assert.equal(r.items[0].doc.text, 'hi');
  assert.ok(isContentRequest(r));
  assert.ok(!isContentRequest(parseRequest({ v: 1, type: 'memory', action: 'clear' })));
});

test('malformed requests are refused with the field named', () => {
  assert.equal(parseRequest(null), 'not an object');
  assert.match(parseRequest({ v: 2, type: 'hello' }), /version/);
  assert.equal(parseRequest({ v: 1, type: 'analyze', url: 'x', items: {} }), 'analyze.items');
  assert.equal(parseRequest({ v: 1, type: 'analyze', url: 'x', items: [{ key: 'k', label: 'l', doc: { kind: 'resume', id: 'a' } }] }), 'analyze.items[0].doc');
  assert.equal(parseRequest({ v: 1, type: 'analyze', url: 'x', items: Array(LIMITS.items + 1).fill({}) }), 'analyze.items');
  assert.equal(parseRequest({ v: 1, type: 'forgetSite', site: 'evil' }), 'forgetSite.site');
  assert.match(parseRequest({ v: 1, type: 'eval', code: '1' }), /unknown message type/);
  assert.equal(parseRequest({ v: 1, type: 'setSettings', settings: { sites: {}, minLevel: 'extreme', language: 'en', remember: true } }), 'setSettings.settings');
});

test('a pasted conversation splits at speaker lines; other names are the client', () => {
  const m = splitConversation('Alex: Hi, can you start Monday?\nSam: Yes. Let us talk on Telegram @sam_dev\nmore from Sam\nAlex: Sure', 'Sam');
  assert.deepEqual(m.map((x) => [x.author.name, x.role]), [['Alex', 'client'], ['Sam', 'freelancer'], ['Alex', 'client']]);
  assert.equal(m[1].text, 'Yes. Let us talk on Telegram @sam_dev\nmore from Sam');
  const all = splitConversation('just text\nno speakers');
  assert.equal(all.length, 1);
  assert.equal(all[0].role, 'freelancer');
  assert.equal(docFromText('thread', 'A: x').kind, 'thread');
  assert.equal(docFromText('profile', 'about me').overview, 'about me');
});

test('UI strings: language choice and placeholders', () => {
  assert.equal(resolveLang('auto', 'ja-JP'), 'ja');
  assert.equal(resolveLang('auto', 'ko'), 'ko');
  assert.equal(resolveLang('auto', 'de-DE'), 'en');
  assert.equal(resolveLang('ko', 'en-US'), 'ko');
  assert.equal(t('en', 'badgeText', { level: 'high' }), 'HireLens: high');
  assert.equal(t('ja', 'optionsStats', { n: 3 }), '3 件を記憶しています');
});

test('two messages per page: `analyze` carries text only, `photos` exactly one portrait per document', async () => {
  const { PHOTO_B64_CHARS, PHOTO_SIZE, SENDERS, allowedFrom, photoHintKey } = await load('protocol.ts');
  const photo = Buffer.alloc(PHOTO_SIZE * PHOTO_SIZE * 4, 7).toString('base64');
  assert.equal(photo.length, PHOTO_B64_CHARS);
  const doc = { kind: 'profile', id: 'p' };
  // A photo in the text message is not taken: it would make the badge wait for the portrait.
  const a = parseRequest({ v: 1, type: 'analyze', url: 'https://www.upwork.com/x', items: [{ key: 'k', label: 'L', doc, photo }] });
  assert.equal(typeof a, 'object');
  assert.ok(!('photo' in a.items[0]));
  const p = parseRequest({ v: 1, type: 'photos', url: 'https://www.upwork.com/x', items: [{ key: 'k', label: 'L', doc, photo }] });
  assert.equal(p.type, 'photos');
  assert.equal(p.items[0].photo, photo);
  assert.equal(p.items[0].doc.id, 'p');
  assert.equal(parseRequest({ v: 1, type: 'photos', url: 'x', items: [{ key: 'k', label: 'L', doc }] }), 'photos.items[0].photo');
  assert.equal(parseRequest({ v: 1, type: 'photos', url: 'x', items: [{ key: 'k', label: 'L', doc, photo: photo.slice(4) }] }), 'photos.items[0].photo');
  assert.equal(parseRequest({ v: 1, type: 'photos', url: 'x', items: [{ key: 'k', label: 'L', doc, photo: `${photo.slice(1)}!` }] }), 'photos.items[0].photo');
  assert.equal(parseRequest({ v: 1, type: 'photos', url: 'x', items: [{ key: 'k', label: 'L', doc: { kind: 'x', id: 'p' }, photo }] }), 'photos.items[0].doc');
  assert.equal(parseRequest({ v: 1, type: 'photos', url: 'x', items: Array(LIMITS.items + 1).fill({}) }), 'photos.items');
  // Who may send what: one table, every type in it.
  assert.ok(allowedFrom(p, 'content'));
  assert.ok(!allowedFrom(p, 'page'));
  assert.ok(!allowedFrom(a, 'page'));
  assert.ok(allowedFrom(parseRequest({ v: 1, type: 'hello' }), 'page') && allowedFrom(parseRequest({ v: 1, type: 'hello' }), 'content'));
  assert.ok(!allowedFrom(parseRequest({ v: 1, type: 'memory', action: 'clear' }), 'content'));
  assert.deepEqual(Object.keys(SENDERS).sort(), ['analyze', 'analyzeTab', 'analyzeText', 'forgetSite', 'getSettings', 'hello', 'memory', 'photos', 'setSettings', 'takeReport']);
  // A badge is updated when its photo hints change, not for other differences.
  const hint = (code, message) => ({ code, message });
  assert.equal(photoHintKey({ hints: [hint('HL301', 'a')] }), photoHintKey(undefined));
  assert.notEqual(photoHintKey({ hints: [hint('HL403', 'the same photo as x')] }), photoHintKey({ hints: [] }));
});
