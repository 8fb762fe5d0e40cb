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

const here = path.dirname(fileURLToPath(import.meta.url));
const FIX = path.join(here, 'fixtures');

export const HOSTS = ['www.upwork.com', 'www.freelancer.com', 'www.fiverr.com', 'www.linkedin.com', 'www.example-careers.test'];

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

function proposalCard(p) {
  return `  <article data-test="proposal-card" data-proposal-id="${esc(p.id)}">
   <div class="row"><a class="name" href="${esc(p.href)}"><span data-test="applicant-name">${esc(p.name)}</span></a>
   <span data-test="applicant-rate">${esc(p.rate)}</span></div>
   <div data-test="applicant-title">${esc(p.title)}</div>
   <div data-test="applicant-location">${esc(p.location)}</div>
   <p data-test="cover-letter">${esc(p.letter)}</p>
  </article>`;
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Julia'];
const LAST = ['Park', 'Silva', 'Novak', 'Okafor', 'Berg', 'Tanaka', 'Rossi', 'Dubois', 'Kim', 'Moreau'];
const LETTERS = [
  'I have shipped three dashboards with React and a Rust backend. Happy to walk you through one of them on a video call.',
  'Your logistics dashboard sounds interesting. I would start with the data model and a small prototype within a week.',
  'Hello, I read the brief. I can deliver in two weeks; I usually send a short progress note every day.',
  'Let us keep everything here on the platform. I have five years of React and two of Rust in production.',
  'Upwork fee is high, so contact me on Telegram @dev_fast_{i} and we can agree a better price.',
];

/** n proposals with varied names and letters; every fifth asks to leave the platform. */
export function generatedProposals(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: String(5000 + i),
    name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`,
    href: `/freelancers/~01${(0x100000 + i).toString(16)}ab`,
    title: 'Full-stack developer',
    location: 'Remote',
    rate: `$${30 + (i % 7) * 5}.00/hr`,
    letter: LETTERS[i % LETTERS.length].replace('{i}', String(i)),
  }));
}

function render(file, vars = {}) {
  let html = fs.readFileSync(path.join(FIX, file), 'utf8');
  html = html.replace(/\{\{LOCAL_TIME:(-?\d+)\}\}/g, (_, off) => localTime(Number(off)));
  for (const [k, v] of Object.entries(vars)) html = html.replaceAll(`{{${k}}}`, v);
  return html;
}

const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** host → [path pattern, responder]. */
const ROUTES = {
  'www.upwork.com': [
    [/^\/freelancers\/~01[0-9a-z]+$/, (u) => ({ body: render(u.searchParams.has('spa') ? 'upwork-spa.html' : 'upwork-profile.html') })],
    [/^\/ab\/applicants\/\d+\/applicants$/, (u) => {
      if (u.searchParams.has('spa')) return { body: render('upwork-spa.html') };
      const n = Number(u.searchParams.get('n') ?? 0);
      const set = u.searchParams.get('set');
      const file = set && /^[a-z]+$/.test(set) ? `proposals-${set}.json` : 'proposals.json';
      const list = n > 0 ? generatedProposals(n) : JSON.parse(fs.readFileSync(path.join(FIX, file), 'utf8'));
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
  ],
  'www.fiverr.com': [[/^\/[a-z0-9_]+$/i, () => ({ body: render('fiverr-seller.html') })]],
  'www.linkedin.com': [[/^\/in\/[a-z0-9-]+\/?$/i, () => ({ body: render('linkedin-profile.html') })]],
  'www.example-careers.test': [[/^\/people\/[a-z-]+$/, () => ({ body: render('schemaorg-jsonld.html') })]],
};

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
    const route = (ROUTES[host] ?? []).find(([re]) => re.test(p));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const out = route[1](u);
    const headers = { 'content-type': `${out.type ?? 'text/html'}; charset=utf-8`, 'cache-control': 'no-store' };
    if (strict) headers['content-security-policy'] = STRICT_CSP;
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
