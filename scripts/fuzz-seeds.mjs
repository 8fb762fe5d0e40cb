// Seeds for the analyze_fields fuzz target from the JSON fixtures (the
// examples, the parse_json seeds, the 3 KB bench profiles), in the target's
// input layout: a 57-byte header, then the text fields in the order of
// SLOTS in fuzz/fuzz_targets/analyze_fields.rs, separated by U+001F.
//   node scripts/fuzz-seeds.mjs        (writes fuzz/seeds/analyze_fields/)
// Fixtures only: written by hand for tests, never real text.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join, basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = readFileSync(join(root, "fuzz/fuzz_targets/analyze_fields.rs"), "utf8");
const HEADER = Number(/const HEADER: usize = (\d+);/.exec(target)[1]);
const slotsSrc = /pub const SLOTS: \[&str; \d+\] = \[([\s\S]*?)\];/.exec(target)[1];
const SLOTS = [...slotsSrc.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

function get(v, path) {
  let cur = v;
  for (const seg of path.split(".")) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(seg);
    if (m[1]) cur = cur?.[m[1]];
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) cur = cur?.[Number(idx[1])];
  }
  return cur;
}

function seed(doc) {
  const kind = { profile: 0, proposal: 1, message: 2, thread: 3 }[doc.kind] ?? 0;
  const profile = doc.kind === "profile" ? doc : doc.profile ?? {};
  const head = Buffer.alloc(HEADER);
  head[0] = kind;
  let flags = 0;
  if (Number.isInteger(profile.utc_offset_minutes)) {
    flags |= 1;
    head.writeInt32LE(profile.utc_offset_minutes, 2);
  }
  if (Number.isInteger(profile.jobs_completed)) {
    flags |= 2;
    head.writeUInt32LE(profile.jobs_completed, 6);
  }
  const amount = profile.hourly_rate?.amount;
  if (typeof amount === "number") {
    flags |= 4;
    head.writeDoubleLE(amount, 10);
  }
  head[1] = flags;
  const emp = profile.employment ?? [];
  const edu = profile.education?.[0] ?? {};
  const dates = [
    emp[0]?.start, emp[1]?.start, emp[2]?.start,
    emp[0]?.end, emp[1]?.end, emp[2]?.end,
    edu.start, edu.end, profile.member_since,
  ];
  dates.forEach((d, k) => {
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(typeof d === "string" ? d : "");
    if (!m) return;
    const y = Number(m[1]);
    if (y <= 1900 || y > 2200) return;
    head.writeUInt16LE(y - 1900, 22 + 3 * k);
    head[22 + 3 * k + 2] = m[2] ? Number(m[2]) - 1 : 0;
  });
  const messages = doc.kind === "thread" ? doc.messages ?? [] : [];
  messages.slice(0, 8).forEach((m, j) => {
    head[49 + j] = { freelancer: 0, client: 1 }[m.role ?? "freelancer"] ?? 2;
  });
  const author = doc.author ?? messages.find((m) => (m.role ?? "freelancer") === "freelancer")?.author;
  const texts = SLOTS.map((path) => {
    let v;
    if (path.startsWith("profile.")) v = get(profile, path.slice("profile.".length));
    else if (path === "*.author.name") v = author?.name;
    else if (path === "*.author.handle") v = author?.handle;
    else if (path.startsWith("*.")) v = get(doc, path.slice(2));
    else v = get(doc, path);
    return typeof v === "string" ? v.replaceAll("\u001f", " ") : "";
  });
  while (texts.length && texts[texts.length - 1] === "") texts.pop();
  return Buffer.concat([head, Buffer.from(texts.join("\u001f"), "utf8")]);
}

const sources = ["examples", "fuzz/seeds/parse_json", "js/test/fixtures"];
const out = join(root, "fuzz/seeds/analyze_fields");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let n = 0;
const seen = new Set();
const all = [];
function write(name, bytes) {
  writeFileSync(join(out, name), bytes);
  n++;
  console.log(`${name}: ${bytes.length} bytes`);
}
for (const dir of sources) {
  for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith(".json")).sort()) {
    const name = basename(f, ".json");
    if (seen.has(name)) continue;
    let doc;
    try {
      doc = JSON.parse(readFileSync(join(root, dir, f), "utf8"));
    } catch {
      continue;
    }
    seen.add(name);
    const docs = Array.isArray(doc) ? doc : [doc];
    docs.forEach((d, k) => {
      if (!d || typeof d !== "object" || !("kind" in d)) return;
      all.push(d);
      write(docs.length > 1 ? `${name}-${k}` : name, seed(d));
    });
  }
}
// One document of realistic size: the longest profile with up to eight
// messages from the other fixtures, as a thread.
const profiles = all.map((d) => (d.kind === "profile" ? d : d.profile)).filter(Boolean);
const textOf = (p) => seed({ kind: "profile", ...p }).length;
const longest = profiles.sort((a, b) => textOf(b) - textOf(a))[0];
const messages = all.flatMap((d) =>
  d.kind === "thread" ? d.messages ?? [] : d.kind === "message" || d.kind === "proposal" ? [{ role: "freelancer", author: d.author, text: d.text }] : [],
);
write("composite-thread", seed({ kind: "thread", job: all.find((d) => d.job)?.job, messages: messages.filter((m) => m.text).slice(0, 8), profile: longest }));
console.log(`${n} seeds in ${out}`);
