// Local HTTPS fixture server for the extension tests. Chromium maps the real
// site host names to it (--host-resolver-rules), so host permissions and
// content-script matches apply exactly as on the live sites. The certificate
// is self-signed and made per run (openssl); the browser runs with
// --ignore-certificate-errors. Every request is recorded.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from '../png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIX = path.join(here, 'fixtures');

export const HOSTS = ['www.upwork.com', 'www.freelancer.com', 'www.fiverr.com', 'www.linkedin.com', 'www.example-careers.test', 'github.com'];

export function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** "h:mm AM" for the current time at a UTC offset (the page shows the freelancer's clock). */
function localTime(offsetMinutes) {
  const d = new Date(Date.now() + offsetMinutes * 60_000);
  let h = d.getUTCHours();
  const ap = h >= 12 ? 'PM' : 'AM';
  h = h % 12 || 12;
  return `${h}:${String(d.getUTCMinutes()).padStart(2, '0')} ${ap}`;
}

/** A 96×96 test image: a 6×6 grid of pseudo-random tones, different for every seed (same seed, same pixels). */
export function avatarPng(seed) {
  const n = 96, cells = 6;
  let state = (seed * 2654435761) >>> 0 || 1;
  const rand = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
  const grid = Array.from({ length: cells * cells }, () => [rand(), rand(), rand()]);
  const px = Buffer.alloc(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const [r, g, b] = grid[Math.floor((y * cells) / n) * cells + Math.floor((x * cells) / n)];
      const i = (y * n + x) * 4;
      px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = 255;
    }
  }
  return encodePng(px, n, n);
}

function proposalCard(p) {
  return `  <article data-test="proposal-card" data-proposal-id="${esc(p.id)}">
   <img data-test="applicant-avatar" src="/static/avatar/${esc(p.avatar ?? p.id)}.png" alt="" width="48" height="48">
   <div class="row"><a class="name" href="${esc(p.href)}"><span data-test="applicant-name">${esc(p.name)}</span></a>
   <span data-test="applicant-rate">${esc(p.rate)}</span></div>
   <div data-test="applicant-title">${esc(p.title)}</div>
   <div data-test="applicant-location">${esc(p.location)}</div>
   <p data-test="cover-letter">${esc(p.letter)}</p>${p.more ? '<button type="button" class="air3-btn-link">more</button>' : ''}
  </article>`;
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Julia'];
const LAST = ['Park', 'Silva', 'Novak', 'Okafor', 'Berg', 'Tanaka', 'Rossi', 'Dubois', 'Kim', 'Moreau'];
// Ten openers, ten middles and ten closers. With a = i mod 10 and b = i div 10,
// proposal i takes opener a, middle a+b and closer a+2b+3 (mod 10): two letters
// share at most one sentence, so no two are near duplicates of each other. Every fifth letter asks to move to
// Telegram over the fee (with its own handle).
const OPENERS = [
  'I read your brief about the logistics dashboard with interest.',
  'Your dashboard project matches what I have been building lately.',
  'Thanks for posting such a clear description of the dashboard.',
  'The shipment tracking view you describe is a fun problem.',
  'I noticed you want charts for delivery times per region.',
  'Rust on the server and React in the browser is my favourite stack.',
  'Building internal tools for operations teams is most of my work.',
  'A dashboard that drivers and planners both use needs care.',
  'I would approach your project by talking to the planners first.',
  'Real-time updates for fleet data are something I enjoy.',
];
const MIDDLES = [
  'Last spring I shipped a route planner for a courier in Leeds.',
  'My recent client runs cold storage and needed alerts on temperature.',
  'I wrote the Axum backend and the charts for a parcel startup.',
  'At my previous job I kept a warehouse system running for four years.',
  'I usually start with a small prototype within the first week.',
  'For maps I have used MapLibre with vector tiles from our own server.',
  'Testing matters to me, so every endpoint gets integration tests.',
  'I can reuse a permissions model I designed for two earlier tools.',
  'Accessibility is part of my definition of done, including keyboard use.',
  'I document decisions in short notes so your team can take over.',
];
const CLOSERS = [
  'Happy to show one of these projects on a video call.',
  'I can start on Monday and send a progress note each Friday.',
  'Let me know a good time for a short call this week.',
  'I am available for your working hours most days.',
  'Looking forward to hearing more about your data sources.',
  'I can share references from two past clients on request.',
  'My rate includes a month of fixes after launch.',
  'Questions about scope are welcome before we agree anything.',
  'I keep all communication on the platform for clarity.',
  'Thank you for considering my proposal.',
];

/** n proposals with distinct names and letters; every fifth asks to leave the platform. */
export function generatedProposals(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: String(5000 + i),
    name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`,
    href: `/freelancers/~01${(0x100000 + i).toString(16)}ab`,
    title: 'Full-stack developer',
    location: 'Remote',
    rate: `$${30 + (i % 7) * 5}.00/hr`,
    letter: [
      OPENERS[i % 10],
      MIDDLES[(i % 10 + Math.floor(i / 10)) % 10],
      i % 5 === 4 ? `The fee here is high, so contact me on Telegram @dev_fast_${i} and we can agree a better price.` : CLOSERS[(i % 10 + 2 * Math.floor(i / 10) + 3) % 10],
    ].join(' '),
  }));
}

/** `text` followed by sentences of `filler` until it is `chars` UTF-16 units long (for pages with very long fields). */
export function padded(text, chars, filler = MIDDLES) {
  const parts = [text];
  let n = text.length;
  for (let i = 0; n < chars; i++) {
    const s = ` ${filler[i % filler.length]}`;
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, Math.max(chars, text.length));
}

/**
 * A schema.org page with two people: an ordinary one, and one whose
 * `knowsAbout` holds `n` skills of `chars` characters each (a hostile page
 * can make one document as large as it likes).
 */
function hugeSkillsPage(n, chars) {
  const skill = padded('Kubernetes.', chars);
  const graph = [
    { '@type': 'Person', name: 'Noah Becker', jobTitle: 'Contract DevOps engineer', description: 'Kubernetes and Terraform. I prefer to work off-platform: contact me on Telegram @noah_ops to avoid the fees, and I take payment in USDT.' },
    { '@type': 'Person', name: 'Max Hugeskills', jobTitle: 'Everything engineer', knowsAbout: Array.from({ length: n }, (_, i) => `${i} ${skill}`) },
  ];
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replaceAll('<', '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team</title><script type="application/ld+json">${ld}</script></head>
<body><h1>Noah Becker</h1><p>Contract DevOps engineer.</p><h2>Max Hugeskills</h2><p>Everything engineer.</p></body></html>`;
}

function render(file, vars = {}) {
  let html = fs.readFileSync(path.join(FIX, file), 'utf8');
  html = html.replace(/\{\{LOCAL_TIME:(-?\d+)\}\}/g, (_, off) => localTime(Number(off)));
  for (const [k, v] of Object.entries(vars)) html = html.replaceAll(`{{${k}}}`, v);
  return html;
}

const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** host → [path pattern, responder]. */
/**
 * Real saved pages (sanitised copies other people committed to public
 * repositories; see ../shared/realpages/SOURCES.md). They stay outside the
 * project and are read at run time; each is served at its real URL. Tests
 * that need them skip with a message when the directory is absent.
 */
export const REALPAGES_DIR = process.env.HIRELENS_REALPAGES ?? path.resolve(here, '../../../shared/realpages');
export const REAL_PAGES = [
  { file: 'upwork-profile-1.html', url: 'https://www.upwork.com/freelancers/~010000000000000000' },
  { file: 'linkedin-profile-1.html', url: 'https://www.linkedin.com/in/jane-example-000000000/' },
];
/** A saved page still names the site's scripts, trackers and images: the browser is told to load none of them. */
const REAL_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

/**
 * The saved page's own resources (site scripts, trackers, fonts, placeholder images) point at
 * other hosts; the page is served with those URL attributes renamed (`data-saved-src` …) and its inline CSS `url(…)`s blanked, so the
 * browser never asks for them (the CSP above would block them, but the request would still be
 * made). Nothing HireLens reads is in those attributes.
 */
function offline(html) {
  return html
    .replace(/url\((&quot;|["'])?(https?:)?\/\//gi, (m, q) => `url(${q ?? ''}#saved-`)
    .replace(/\s(src|srcset|href)=(["'])(https?:)?\/\/(?!(www\.upwork\.com|www\.linkedin\.com)\/)/gi, (m, attr, q, scheme) => ` data-saved-${attr.toLowerCase()}=${q}${scheme ?? ''}//`);
}

function realRoute(page) {
  const u = new URL(page.url);
  const re = new RegExp(`^${u.pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const file = path.join(REALPAGES_DIR, page.file);
  return [re, () => ({ body: fs.existsSync(file) ? offline(fs.readFileSync(file, 'utf8')) : `<!doctype html><title>missing</title><p>${esc(file)} is not available on this machine.</p>`, csp: REAL_CSP })];
}

const ROUTES = {
  'www.upwork.com': [
    realRoute(REAL_PAGES[0]),
    // ?held=1: the portrait's URL gets the same query, so a test can hold that one image back (page.route).
    [/^\/freelancers\/~01ffff9999$/, (u) => ({ body: render('upwork-profile-2.html').replace('/static/avatar/7.png', u.searchParams.has('held') ? '/static/avatar/7.png?held=1' : '/static/avatar/7.png') })],
    // the Upwork profile of linkedin-profile.html's person, linking that page (one person across sites)
    [/^\/freelancers\/~01linked42$/, () => ({ body: render('upwork-profile-linked.html') })],
    [/^\/freelancers\/~01[0-9a-z]+$/, (u) => ({ body: render(u.searchParams.has('spa') ? 'upwork-spa.html' : 'upwork-profile.html') })],
    [/^\/ab\/applicants\/\d+\/applicants$/, (u) => {
      if (u.searchParams.has('spa')) return { body: render('upwork-spa.html') };
      const n = Number(u.searchParams.get('n') ?? 0);
      const set = u.searchParams.get('set');
      const file = set && /^[a-z]+$/.test(set) ? `proposals-${set}.json` : 'proposals.json';
      const list = n > 0 ? generatedProposals(n) : JSON.parse(fs.readFileSync(path.join(FIX, file), 'utf8'));
      // ?big=N: every cover letter padded to N characters (very long fields, large batches).
      const big = Number(u.searchParams.get('big') ?? 0);
      if (big > 0) for (const p of list) p.letter = padded(p.letter, big);
      return { body: render('upwork-proposals.html', { PROPOSALS: list.map(proposalCard).join('\n') }) };
    }],
    [/^\/ab\/messages\/rooms\/room_[0-9a-f]+$/, () => ({ body: render('upwork-room.html') })],
    [/^\/static\/spa\.js$/, () => ({ body: fs.readFileSync(path.join(FIX, 'upwork-spa.js'), 'utf8'), type: 'text/javascript' })],
    [/^\/resources\/team$/, () => ({ body: render('schemaorg-microdata.html') })],
  ],
  'www.freelancer.com': [
    [/^\/u\/[a-z0-9_]+$/i, () => ({ body: render('freelancer-profile.html') })],
    [/^\/projects\/[a-z0-9-]+\/[a-z0-9-]+\/proposals$/i, () => ({ body: render('freelancer-bids.html') })],
    [/^\/about\/team$/, () => ({ body: render('schemaorg-jsonld.html') })],
    [/^\/about\/huge$/, (u) => ({ body: hugeSkillsPage(Number(u.searchParams.get('n') ?? 30), Number(u.searchParams.get('chars') ?? 300_000)) })],
  ],
  'www.fiverr.com': [[/^\/[a-z0-9_]+$/i, () => ({ body: render('fiverr-seller.html') })]],
  'www.linkedin.com': [realRoute(REAL_PAGES[1]), [/^\/in\/mira-okonkwo-7c2d1e\/?$/, () => ({ body: render('linkedin-sdui.html') })], [/^\/in\/tomasz-wisniewski-9f8e7d\/?$/, () => ({ body: render('linkedin-guest.html') })], [/^\/in\/[a-z0-9-]+\/?$/i, () => ({ body: render('linkedin-profile.html') })]],
  'github.com': [[/^\/grace-liu-dev\/?$/, () => ({ body: render('github-profile.html') })]],
  'www.example-careers.test': [[/^\/og\/[a-z-]+$/, () => ({ body: render('opengraph-profile.html') })], [/^\/people\/[a-z-]+$/, () => ({ body: render('schemaorg-jsonld.html') })]],
};

/** The body the fixture server answers for `url` (same routes), or undefined (404); for scripts/check-adapters.mjs. */
export function fixtureBody(url) {
  const u = new URL(url);
  const route = (ROUTES[u.hostname] ?? []).find(([re]) => re.test(u.pathname));
  return route ? route[1](u).body : undefined;
}

function cert(dir) {
  const key = path.join(dir, 'key.pem');
  const crt = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', crt, '-days', '2', '-subj', '/CN=hirelens-fixtures', '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(crt) };
}

export async function startFixtureServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-fx-'));
  const requests = [];
  const server = https.createServer(cert(dir), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const u = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ host, path: u.pathname });
    // ?csp=strict serves the page with a strict Content-Security-Policy (no inline
    // script or style, no 'wasm-unsafe-eval').
    const strict = u.searchParams.get('csp') === 'strict';
    const p = u.pathname;
    const avatar = /^\/static\/avatar\/(\d+)\.png$/.exec(p);
    if (avatar && HOSTS.includes(host)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
      res.end(avatarPng(Number(avatar[1])));
      return;
    }
    const route = (ROUTES[host] ?? []).find(([re]) => re.test(p));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const out = route[1](u);
    const headers = { 'content-type': `${out.type ?? 'text/html'}; charset=utf-8`, 'cache-control': 'no-store' };
    if (strict) headers['content-security-policy'] = STRICT_CSP;
    else if (out.csp) headers['content-security-policy'] = out.csp;
    res.writeHead(200, headers);
    res.end(out.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    requests,
    close: () => new Promise((r) => { server.close(r); server.closeAllConnections?.(); fs.rmSync(dir, { recursive: true, force: true }); }),
  };
}
