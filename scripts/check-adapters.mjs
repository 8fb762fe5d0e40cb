#!/usr/bin/env node
// Selector health: run every site adapter (and the generic schema.org /
// OpenGraph one) over every real saved page and every fixture, and print a
// table page × field: which top-level contract fields were read, and by which
// strategy (jsonld, microdata, opengraph, state, title, attr, label, shape).
// A site's layout change shows up as a diff of this table.
//
//   node scripts/check-adapters.mjs            # the table
//   node scripts/check-adapters.mjs --assert   # and fail when a field a page visibly shows is not read
//   node scripts/check-adapters.mjs --json     # the documents, for a closer look
//   node scripts/check-adapters.mjs --update   # rewrite the expected table (extension/tests/adapter-table.txt)
// With --assert the table is also compared with extension/tests/adapter-table.txt, row by row
// (pages absent on this machine are skipped): a layout or adapter change that reads a field
// differently, or no longer reads it, fails with the rows that changed.
//
// Real pages are read at run time, never copied into the project:
//   HIRELENS_REALPAGES        (default ../shared/realpages)  — the sanitised pages and SOURCES.md
//   HIRELENS_REALPAGES_EXTRA  (optional) — more captures, with a manifest.json:
//                             [{ "file": "x.html", "url": "https://…", "source": "owner/repo path@commit", "visible": ["name", …] }]
// The pages are parsed with DOMParser in Debian's Chromium (no script runs, nothing is loaded).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { fixtureBody, REAL_PAGES, REALPAGES_DIR } from '../extension/tests/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SNAPSHOT = path.join(ROOT, 'extension/tests/adapter-table.txt');
const CHROMIUM = process.env.HIRELENS_CHROMIUM ?? '/usr/bin/chromium';
const args = new Set(process.argv.slice(2));

/**
 * What each real page visibly shows, established by reading the page itself
 * (its text with scripts, styles and hidden elements left out — see
 * EVIDENCE.md "Expected fields"), not by running the adapters:
 * - upwork-profile-1.html (owner view, 2023): name "Dana S."; "Springfield, Testland";
 *   "3:05 am local time"; title "Software Engineer"; "$70.00/hr"; the overview text;
 *   skills Python, JavaScript; Languages "English: Fluent". Employment history,
 *   education and work history are empty ("Add employment"), no "Member since", no job count.
 * - linkedin-profile-1.html (classic layout, 2026): name; headline; location
 *   "Testowo, Woj. Przykładowe, Polska"; Experience (a grouped employer with three roles,
 *   and one more); Education (one school); Skills (two shown). No About section; no
 *   languages section; the Voyager JSON (with `created`) was removed when the page was sanitised.
 */
const VISIBLE = {
  'upwork-profile-1.html': ['name', 'headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'languages', 'skills'],
  'linkedin-profile-1.html': ['name', 'headline', 'location', 'employment', 'education', 'skills'],
};
/** Values a real page shows that the reader must get right (not only "read something"). */
const VALUES = {
  'upwork-profile-1.html': (d) => [
    [d.name, 'Dana S.'],
    [d.headline, 'Software Engineer'],
    [d.hourly_rate?.amount, 70],
    [d.location?.country, 'Testland'],
    [d.skills?.join(','), 'Python,JavaScript'],
    [JSON.stringify(d.languages), '[{"language":"English","level":"fluent"}]'],
  ],
  'linkedin-profile-1.html': (d) => [
    [d.name, 'Jane Example'],
    [d.headline, 'Starszy Specjalista Przykładowy'],
    [d.location?.country, 'Polska'],
    [d.employment?.length, 4],
    [d.employment?.[0]?.company, 'Przykładowy Bank S.A.'],
    [d.employment?.[0]?.title, 'Starszy Specjalista Przykładowy'],
    [JSON.stringify([d.employment?.[0]?.start, d.employment?.[0]?.end]), '["2022-06",null]'],
    [d.education?.[0]?.school, 'Akademia Przykładowa w Testowie'],
  ],
};

/**
 * Fixtures (written for the project, invented text, real structure) at the URLs
 * the e2e fixture server answers, and the fields each visibly shows.
 */
const FIXTURES = [
  ['upwork-profile.html', 'https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9', ['name', 'headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'languages', 'skills', 'employment', 'jobs_completed']],
  ['upwork-profile-2.html', 'https://www.upwork.com/freelancers/~01ffff9999', ['name', 'headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'languages', 'skills', 'employment', 'jobs_completed']],
  ['upwork-proposals.html', 'https://www.upwork.com/ab/applicants/1799999999999999999/applicants', ['author', 'text', 'job', 'profile']],
  ['upwork-room.html', 'https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d4e5f', ['messages']],
  ['freelancer-profile.html', 'https://www.freelancer.com/u/lena_fischer_dev', ['name', 'headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'skills', 'employment', 'member_since', 'jobs_completed']],
  ['freelancer-bids.html', 'https://www.freelancer.com/projects/php/build-inventory-dashboard-39999999/proposals', ['author', 'text', 'job', 'rate']],
  ['fiverr-seller.html', 'https://www.fiverr.com/devstudio99', ['name', 'headline', 'overview', 'location', 'languages', 'skills', 'member_since']],
  ['linkedin-profile.html', 'https://www.linkedin.com/in/grace-liu-4b1a2c/', ['name', 'headline', 'overview', 'location', 'employment', 'education', 'languages', 'member_since']],
  ['linkedin-sdui.html', 'https://www.linkedin.com/in/mira-okonkwo-7c2d1e/', ['name', 'headline', 'overview', 'location', 'employment', 'education', 'skills']],
  ['linkedin-guest.html', 'https://www.linkedin.com/in/tomasz-wisniewski-9f8e7d/', ['name', 'headline', 'overview', 'location', 'employment', 'education']],
  ['schemaorg-jsonld.html', 'https://www.freelancer.com/about/team', ['name', 'headline', 'overview']],
  ['schemaorg-microdata.html', 'https://www.upwork.com/resources/team', ['name', 'headline']],
  ['github-profile.html', 'https://github.com/grace-liu-dev', ['name', 'overview', 'location', 'employment', 'contacts', 'repositories']],
  ['opengraph-profile.html', 'https://www.example-careers.test/og/ana-lima', ['name', 'overview']],
];

/** Fields a fixture shows only in part (a list's cut cover letter, a collapsed About): they must be marked as excerpts. */
const EXCERPTS = { 'upwork-proposals.html': ['text'], 'linkedin-sdui.html': ['overview'] };

const COLS = ['name', 'headline', 'overview', 'location', 'utc_offset_minutes', 'hourly_rate', 'languages', 'skills', 'employment', 'education', 'member_since', 'jobs_completed', 'contacts', 'repositories', 'author', 'text', 'job', 'profile', 'rate', 'messages'];
const SHORT = { utc_offset_minutes: 'utc_off', hourly_rate: 'rate/hr', member_since: 'since', jobs_completed: 'jobs', employment: 'employ', education: 'educ', languages: 'langs', messages: 'msgs', repositories: 'repos' };

function pages() {
  const out = [];
  if (fs.existsSync(REALPAGES_DIR)) {
    for (const p of REAL_PAGES) {
      const file = path.join(REALPAGES_DIR, p.file);
      if (fs.existsSync(file)) out.push({ name: `real/${p.file}`, key: p.file, url: p.url, html: fs.readFileSync(file, 'utf8'), visible: VISIBLE[p.file], values: VALUES[p.file] });
    }
  } else {
    console.log(`check-adapters: ${REALPAGES_DIR} not found: real pages skipped (set HIRELENS_REALPAGES)`);
  }
  const extra = process.env.HIRELENS_REALPAGES_EXTRA;
  if (extra) {
    const manifest = path.join(extra, 'manifest.json');
    if (fs.existsSync(manifest)) {
      for (const p of JSON.parse(fs.readFileSync(manifest, 'utf8'))) {
        const file = path.join(extra, p.file);
        if (fs.existsSync(file)) out.push({ name: `extra/${p.file}`, key: p.file, url: p.url, html: fs.readFileSync(file, 'utf8'), visible: p.visible });
      }
    } else console.log(`check-adapters: ${manifest} not found: extra captures skipped`);
  }
  for (const [file, url, visible] of FIXTURES) {
    const html = fixtureBody(url);
    if (html === undefined) {
      failures.push(`fixture/${file}: the fixture server has no route for ${url}`);
      continue;
    }
    out.push({ name: `fixture/${file}`, key: file, url, html, visible });
  }
  return out;
}

async function bundle() {
  const entry = `import { PAGE_TYPES } from './adapters/index';
import { genericPerson } from './adapters/schemaorg';
import { fieldsRead } from './adapters/util';
globalThis.__hl = (html, href) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(href);
  const page = PAGE_TYPES.find((p) => p.test(url));
  let found = page ? page.extract(doc, url) : null;
  let used = page ? page.id : 'generic/person';
  if (!found || found.length === 0) { found = genericPerson.extract(doc, url); if (found && found.length) used = 'generic/person'; }
  return { page: page ? page.id : null, used, docs: (found ?? []).map((f) => ({ key: f.key, fields: fieldsRead(f.doc), via: f.via ?? {}, poor: !!f.poor, excerpts: f.excerpts ?? [], doc: f.doc, anchor: f.anchor.localName })) };
};`;
  const out = await esbuild.build({ stdin: { contents: entry, resolveDir: path.join(ROOT, 'extension/src'), loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'error', define: { __HIRELENS_VERSION__: '"check"' } });
  return out.outputFiles[0].text;
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`check-adapters: ${CHROMIUM} not found; skipped (bash scripts/setup.sh --browser)`);
  process.exit(0);
}
const code = await bundle();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const failures = [];
try {
  const page = await browser.newPage();
  await page.route('**/*', (r) => r.abort());
  await page.setContent('<!doctype html><title>check-adapters</title>');
  await page.addScriptTag({ content: code });
  const rows = [];
  const dump = [];
  /** One line per document: page, adapter, and field:strategy for every field read (the snapshot format). */
  const lines = [];
  for (const p of pages()) {
    const res = await page.evaluate(([html, url]) => globalThis.__hl(html, url), [p.html, p.url]);
    if (res.docs.length === 0) {
      rows.push([p.name, `${res.page ?? '-'} → nothing read`, ...COLS.map(() => '')]);
      if (p.visible) failures.push(`${p.name}: nothing read (${res.page ?? 'no page type'})`);
    }
    // Pages with many documents (proposals, bids): one row for the first, the union is checked.
    const union = new Set();
    res.docs.forEach((d, i) => {
      for (const f of d.fields) union.add(f);
      if (i < 2) rows.push([i === 0 ? p.name : '  ″', `${res.used}${d.poor ? ' (poor)' : ''}${res.docs.length > 2 && i === 1 ? ` +${res.docs.length - 2} more` : ''}`, ...COLS.map((c) => (d.fields.includes(c) ? (d.via[c] ?? 'read') + (d.excerpts.some((e) => e.startsWith(c)) ? '*' : '') : '·'))]);
      dump.push({ page: p.name, ...d });
      if (!p.name.startsWith('extra/')) lines.push(`${p.name}#${i} ${res.used}${d.poor ? ' poor' : ''} ${d.fields.map((c) => `${c}:${d.via[c] ?? 'read'}${d.excerpts.some((e) => e.startsWith(c)) ? '*' : ''}`).join(' ')}`);
    });
    if (p.visible && res.docs.length) {
      const missing = p.visible.filter((f) => !union.has(f));
      if (missing.length) failures.push(`${p.name}: visible but not read: ${missing.join(', ')}`);
    }
    const marked = new Set(res.docs.flatMap((d) => d.excerpts));
    for (const e of EXCERPTS[p.key] ?? []) if (!marked.has(e)) failures.push(`${p.name}: ${e} is an excerpt on the page but not marked as one`);
    if (p.values && res.docs[0]) for (const [got, want] of p.values(res.docs[0].doc)) if (got !== want) failures.push(`${p.name}: read ${JSON.stringify(got)}, the page shows ${JSON.stringify(want)}`);
  }
  const head = ['page', 'adapter', ...COLS.map((c) => SHORT[c] ?? c)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' │ ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows) console.log(line(r));
  console.log('\ncell: the strategy that read the field (· = not read; * = an excerpt). Fields read per page:');
  for (const p of [...new Set(dump.map((d) => d.page))]) {
    const docs = dump.filter((d) => d.page === p);
    console.log(`  ${p}: ${docs[0].fields.length} fields (${docs[0].fields.join(',')})${docs.length > 1 ? `; ${docs.length} documents` : ''}`);
  }
  if (args.has('--json')) console.log(JSON.stringify(dump, null, 2));
  if (args.has('--update')) {
    fs.writeFileSync(SNAPSHOT, `# Expected output of scripts/check-adapters.mjs (regenerate with --update): page#document adapter field:strategy …\n${lines.join('\n')}\n`);
    console.log(`\nwrote ${path.relative(ROOT, SNAPSHOT)} (${lines.length} rows)`);
  } else if (fs.existsSync(SNAPSHOT)) {
    const want = fs.readFileSync(SNAPSHOT, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const key = (l) => l.split(' ')[0];
    const got = new Map(lines.map((l) => [key(l), l]));
    const pagesHere = new Set(lines.map((l) => key(l).split('#')[0]));
    let skipped = 0;
    for (const w of want) {
      if (!pagesHere.has(key(w).split('#')[0])) {
        skipped++;
        continue;
      }
      const g = got.get(key(w));
      if (g !== w) failures.push(`table changed:\n    - ${w}\n    + ${g ?? '(no such document)'}`);
    }
    for (const [k, g] of got) if (!want.some((w) => key(w) === k)) failures.push(`table changed:\n    + ${g}`);
    if (skipped) console.log(`(${skipped} expected rows skipped: their pages are not on this machine)`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  if (args.has('--assert')) process.exit(1);
} else console.log('\nevery field the pages visibly show was read');
