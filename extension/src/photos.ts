/**
 * Profile photos in the background (the second message of a page, `photos`).
 * The content script sends each document's text first, so its badge does not
 * wait for the portraits; then the pixels of each portrait. Here they become
 * the engine's dHash, which goes on the document (a proposal's photo is its
 * author's, so on its embedded profile) before the document is analysed
 * through the site's corpus again. The corpus keeps one entry per document id,
 * so the photo replaces the text-only entry: no document is counted twice.
 *
 * No chrome.* or IndexedDB here, so the unit tests run this on the real wasm.
 */
import type { Glue } from 'hirelens-glue';
import { PHOTO_SIZE, type AnalyzeItem } from './protocol';

type Doc = AnalyzeItem['doc'];

/** The engine's dHash (16 hex digits) of PHOTO_SIZE² RGBA pixels in base64; undefined when unusable. */
export function photoHashOf(g: Glue, pixels: string): string | undefined {
  if (typeof g.photoHash !== 'function') return undefined;
  let rgba: Uint8Array;
  try {
    rgba = Uint8Array.from(atob(pixels), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
  if (rgba.length !== PHOTO_SIZE * PHOTO_SIZE * 4) return undefined;
  try {
    return g.photoHash(rgba, PHOTO_SIZE, PHOTO_SIZE);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw e;
    return undefined;
  }
}

/** Whether this engine can use photos at all (dHash and a corpus to compare them in). */
export function photosUsable(g: Glue): boolean {
  return typeof g.photoHash === 'function' && typeof g.Corpus === 'function';
}

/** The document without any photo hash of its own: only pixels the background hashed count. */
export function withoutPhoto(doc: Doc): Doc {
  const { photo: _photo, ...rest } = doc;
  const p = rest.profile;
  if (typeof p === 'object' && p !== null && !Array.isArray(p) && 'photo' in p) {
    const { photo: _p, ...profile } = p as Record<string, unknown>;
    return { ...rest, profile } as Doc;
  }
  return rest as Doc;
}

/** The document with this photo hash: on a profile itself, otherwise on its embedded profile. */
export function withPhotoHash(doc: Doc, dhash: string | undefined): Doc {
  if (!dhash) return doc;
  if (doc.kind === 'profile') return { ...doc, photo: { dhash } };
  const profile = typeof doc.profile === 'object' && doc.profile !== null && !Array.isArray(doc.profile) ? doc.profile : {};
  return { ...doc, profile: { ...profile, photo: { dhash } } };
}
