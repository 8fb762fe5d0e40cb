import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { checkSender } = await load('sender.ts');
const self = { id: 'abc', origin: 'chrome-extension://abc/', pages: ['chrome-extension://abc/popup.html', 'chrome-extension://abc/options.html'], granted: new Set([7]) };

test('our content script on a supported site, top frame', () => {
  const o = checkSender({ id: 'abc', url: 'https://www.upwork.com/freelancers/~01', tab: { id: 3 }, frameId: 0 }, self);
  assert.equal(o.from, 'content');
  assert.equal(o.site, 'upwork');
});

test('refused: other extensions, other hosts, subframes, plain http, look-alike hosts', () => {
  assert.equal(checkSender({ id: 'other', url: 'https://www.upwork.com/x', tab: { id: 3 }, frameId: 0 }, self), null);
  assert.equal(checkSender({ id: 'abc', url: 'https://evil.test/x', tab: { id: 3 }, frameId: 0 }, self), null);
  assert.equal(checkSender({ id: 'abc', url: 'https://www.upwork.com/x', tab: { id: 3 }, frameId: 5 }, self), null);
  assert.equal(checkSender({ id: 'abc', url: 'http://www.upwork.com/x', tab: { id: 3 }, frameId: 0 }, self), null);
  assert.equal(checkSender({ id: 'abc', url: 'https://www.upwork.com.evil.test/x', tab: { id: 3 }, frameId: 0 }, self), null);
  assert.equal(checkSender({ id: 'abc', url: 'chrome-extension://abc/background.js' }, self), null);
  assert.equal(checkSender({ id: 'abc' }, self), null);
});

test('a tab the user granted (activeTab) counts as the generic site', () => {
  const o = checkSender({ id: 'abc', url: 'https://example.org/team', tab: { id: 7 }, frameId: 0 }, self);
  assert.equal(o.site, 'generic');
  assert.equal(checkSender({ id: 'abc', url: 'https://example.org/team', tab: { id: 8 }, frameId: 0 }, self), null);
});

test('our extension pages, with or without a query or hash', () => {
  assert.deepEqual(checkSender({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self), { from: 'page' });
  assert.deepEqual(checkSender({ id: 'abc', url: 'chrome-extension://abc/options.html#x', tab: { id: 2 } }, self), { from: 'page' });
});

test('a host the user enabled (optional permission granted) counts as the generic site, top frame, https only', () => {
  const withSite = { ...self, enabled: new Set(['jobs.example.org']) };
  const o = checkSender({ id: 'abc', url: 'https://jobs.example.org/people/1', tab: { id: 9 }, frameId: 0 }, withSite);
  assert.equal(o.site, 'generic');
  assert.equal(checkSender({ id: 'abc', url: 'https://jobs.example.org/people/1', tab: { id: 9 }, frameId: 2 }, withSite), null);
  assert.equal(checkSender({ id: 'abc', url: 'http://jobs.example.org/people/1', tab: { id: 9 }, frameId: 0 }, withSite), null);
  assert.equal(checkSender({ id: 'abc', url: 'https://other.example.org/', tab: { id: 9 }, frameId: 0 }, withSite), null);
  // Not enabled: refused (the same host without the permission).
  assert.equal(checkSender({ id: 'abc', url: 'https://jobs.example.org/people/1', tab: { id: 9 }, frameId: 0 }, self), null);
});
