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

test('message size: jsonChars is the length of JSON.stringify, computed without it, and stops early', async () => {
  const { jsonChars } = await load('protocol.ts');
  const values = [
    { a: 1, b: 'x"y\\z', c: [1, undefined, null, '\u0001\u001f', () => 1], d: undefined, e: { f: true, g: false, h: -0, i: 1e21, j: Number.NaN, k: -Infinity, l: 0.1 } },
    'lone \ud800 surrogate, a pair 😀, CJK 日本語, bidi \u202e, line sep \u2028',
    [],
    {},
    [[[[]]], {}],
    { 'key "quoted"\n': '\t', '': '' },
    null,
    12.5,
  ];
  for (const v of values) assert.equal(jsonChars(v), JSON.stringify(v).length, JSON.stringify(v));
  // Deep nesting (a hostile message) is walked without recursion.
  let deep = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(jsonChars(deep), 200_002);
  // It stops as soon as the count passes the bound: the answer is then only "more than stop".
  const big = { items: Array.from({ length: 50 }, () => 'x'.repeat(1000)) };
  assert.equal(jsonChars(big), JSON.stringify(big).length);
  const early = jsonChars(big, 5000);
  assert.ok(early > 5000 && early < JSON.stringify(big).length, String(early));
});

test('capStrings: every string of a document cut at the field limit, surrogate pairs kept whole, its JSON length measured', async () => {
  const { capStrings, capString } = await load('protocol.ts');
  assert.ok(LIMITS.fieldChars > 256 * 1024, 'above the engine field limit, so the engine still reports the cut');
  const long = 'a'.repeat(LIMITS.fieldChars + 5);
  const doc = { kind: 'proposal', id: 'p', text: long, skills: ['ok', long, `"${long}`], profile: { overview: long, rate: 30, remote: true, gone: undefined }, n: null };
  const c = capStrings(doc);
  assert.equal(c.capped, 4);
  assert.equal(c.value.text.length, LIMITS.fieldChars);
  assert.equal(c.value.skills[0], 'ok');
  assert.equal(c.value.skills[1].length, LIMITS.fieldChars);
  assert.equal(c.value.skills[2], `"${long}`.slice(0, LIMITS.fieldChars));
  assert.equal(c.value.profile.overview.length, LIMITS.fieldChars);
  assert.equal(c.value.profile.rate, 30);
  assert.equal(c.chars, JSON.stringify(c.value).length);
  assert.equal(doc.text.length, LIMITS.fieldChars + 5, 'the input is not modified');
  // A short document comes back equal, nothing counted as cut.
  const small = { kind: 'profile', id: 'x', name: 'Ana 😀', skills: ['Rust'] };
  assert.deepEqual(capStrings(small), { value: small, chars: JSON.stringify(small).length, capped: 0 });
  // The cut never separates a surrogate pair (it would leave a lone half the engine turns into U+FFFD).
  assert.equal(capString('ab😀', 3), 'ab');
  assert.equal(capString('ab😀', 4), 'ab😀');
  assert.equal(capString('abc😀', 4), 'abc');
});

test('splitBatches: messages within the character and item limits, in order; an item too large alone is set apart', async () => {
  const { splitBatches } = await load('protocol.ts');
  const sizes = [5, 5, 5, 20, 5, 1, 1];
  const { batches, tooLarge } = splitBatches(sizes, 2, 14, 10);
  assert.deepEqual(tooLarge, [3]);
  // 2 + 5 + 1 + 5 = 13; a third would make 19. The 20 cannot go anywhere (22 > 14).
  assert.deepEqual(batches, [[0, 1], [2, 4], [5, 6]]);
  for (const b of batches) assert.ok(2 + b.reduce((s, i) => s + sizes[i], 0) + b.length - 1 <= 14, JSON.stringify(b));
  assert.deepEqual(batches.flat(), [0, 1, 2, 4, 5, 6]);
  // The item count limit splits too.
  assert.deepEqual(splitBatches([1, 1, 1, 1, 1], 2, 1000, 2).batches, [[0, 1], [2, 3], [4]]);
  assert.deepEqual(splitBatches([], 2, 10, 2), { batches: [], tooLarge: [] });
});

test('parseRequest refuses an `analyze` or `photos` message larger than LIMITS.requestChars, exactly at the limit; `analyzeText` is cut later, not refused', async () => {
  const { PHOTO_SIZE } = await load('protocol.ts');
  const msg = (text) => ({ v: 1, type: 'analyze', url: 'https://www.upwork.com/x', items: [{ key: 'k', label: 'L', doc: { kind: 'proposal', id: 'a', text } }] });
  const base = JSON.stringify(msg('')).length;
  const fits = msg('x'.repeat(LIMITS.requestChars - base));
  assert.equal(JSON.stringify(fits).length, LIMITS.requestChars);
  assert.equal(parseRequest(fits).type, 'analyze');
  const over = parseRequest(msg('x'.repeat(LIMITS.requestChars - base + 1)));
  assert.equal(typeof over, 'string');
  assert.match(over, /^analyze message is larger than the limit of 8,388,608 characters \(8 MiB\)/);
  // Escapes count: quotes take two characters each in the JSON text.
  assert.match(parseRequest(msg('"'.repeat(Math.ceil((LIMITS.requestChars - base) / 2) + 1))), /^analyze message is larger/);
  // Many documents, each small, together too large.
  const many = { v: 1, type: 'analyze', url: 'x', items: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, label: 'L', doc: { kind: 'proposal', id: `a${i}`, text: 'y'.repeat(250_000) } })) };
  assert.match(parseRequest(many), /^analyze message is larger/);
  const photo = Buffer.alloc(PHOTO_SIZE * PHOTO_SIZE * 4, 7).toString('base64');
  const photos = { v: 1, type: 'photos', url: 'x', items: [{ key: 'k', label: 'L', doc: { kind: 'profile', id: 'p', overview: 'z'.repeat(LIMITS.requestChars) }, photo }] };
  assert.match(parseRequest(photos), /^photos message is larger than the limit of 8,388,608 characters/);
  // The popup's paste is cut to LIMITS.pasteChars with a note in the background, never refused here.
  assert.equal(parseRequest({ v: 1, type: 'analyzeText', kind: 'message', text: 'w'.repeat(LIMITS.requestChars + 10) }).type, 'analyzeText');
});
