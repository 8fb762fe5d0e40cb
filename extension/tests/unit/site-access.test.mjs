// "Enable HireLens on this site": which pages it applies to, and which granted patterns count.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { sitePattern, hostOfPattern } = await load('site-access.ts');

test('sitePattern: one https origin; never the supported sites (already on), plain http, extension or browser pages', () => {
  assert.equal(sitePattern('https://jobs.example.org/people/ada?x=1#y'), 'https://jobs.example.org/*');
  assert.equal(sitePattern('https://jobs.example.org:8443/p'), 'https://jobs.example.org/*');
  assert.equal(sitePattern('https://www.upwork.com/freelancers/~01'), null);
  assert.equal(sitePattern('http://jobs.example.org/'), null);
  assert.equal(sitePattern('chrome://extensions/'), null);
  assert.equal(sitePattern('moz-extension://abc/popup.html'), null);
  assert.equal(sitePattern('not a url'), null);
});

test('hostOfPattern: only single-host https grants count; the manifest hosts and wide patterns do not', () => {
  assert.equal(hostOfPattern('https://jobs.example.org/*'), 'jobs.example.org');
  assert.equal(hostOfPattern('https://www.linkedin.com/*'), null);
  assert.equal(hostOfPattern('https://*/*'), null);
  assert.equal(hostOfPattern('<all_urls>'), null);
  assert.equal(hostOfPattern('https://*.example.org/*'), null);
  assert.equal(hostOfPattern('http://jobs.example.org/*'), null);
  assert.equal(hostOfPattern('https://jobs.example.org/path/*'), null);
});
