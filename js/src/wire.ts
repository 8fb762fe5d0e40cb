// How a document crosses into WebAssembly; shared by the npm package
// (core.ts) and the browser extension's background.

/**
 * Documents cross into WebAssembly as JSON text: the host's `JSON.stringify`
 * and the engine's parser take less time than walking the object property by
 * property across the boundary (`bash benches/wasm-profile.sh`). `toJSON` is honoured (a `Date` becomes its ISO
 * string). What JSON cannot carry (a `BigInt`, a cycle) makes `stringify`
 * throw; such a value goes to the engine's walker instead, whose error names
 * the field.
 */
export function toWire(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null) return doc;
  let text: string;
  try {
    text = JSON.stringify(doc);
  } catch {
    return doc;
  }
  // Past the engine's 4 MiB limit (a UTF-16 length is at most the UTF-8
  // length) the walker refuses the object as soon as it has read 4 MiB,
  // without copying all of the text into WebAssembly memory first.
  return text.length > MAX_DOCUMENT_BYTES ? doc : text;
}

/** The engine's per-document limit (`Limits::max_document_bytes`). */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
