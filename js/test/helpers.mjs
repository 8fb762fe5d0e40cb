// Shared helpers for the package tests (node --test js/test/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const pkgDir = path.join(root, 'pkg');
export const fixtures = path.join(root, 'js', 'test', 'fixtures');

/** Every example document: examples/*.json (one document or an array) and *.jsonl. */
export function exampleFiles() {
  const dir = path.join(root, 'examples');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** @returns {unknown[]} the documents in a file, in order */
export function documentsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l));
  }
  const v = JSON.parse(text);
  return Array.isArray(v) ? v : [v];
}

/** The native CLI binary (built by the caller: cargo build --release). */
export function cliPath() {
  const target = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
  for (const p of [path.join(target, 'release', 'hirelens'), path.join(target, 'debug', 'hirelens')]) {
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Deep equality where numbers may differ by at most `eps`.
 * @returns {string | undefined} the first difference, as a path and values
 */
export function diff(a, b, eps = 1e-9, at = '$') {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= eps ? undefined : `${at}: ${a} != ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${at}: array vs non-array`;
    if (a.length !== b.length) return `${at}: length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], eps, `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join() !== kb.join()) return `${at}: keys ${ka.join(',')} != ${kb.join(',')}`;
    for (const k of ka) {
      const d = diff(a[k], b[k], eps, `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : `${at}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
}
