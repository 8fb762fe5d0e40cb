/**
 * HireLens for browsers and bundlers: `await init()` once, then call the
 * synchronous API. Explainable risk hints, never verdicts.
 * @module
 */
import { compileSync, instantiate, isInitialized } from './core.js';
import { compileInput } from './load.js';
import type { InitInput, SyncInitInput } from './types.js';

export { analyze, analyzeMany, rules, explain, version, Corpus, compareDocuments, photoHash, __debugTrap } from './core.js';
export { HireLensError } from './errors.js';
export type { HireLensErrorCode } from './errors.js';
export type * from './types.js';

let pending: Promise<void> | undefined;

/**
 * Load and instantiate the WebAssembly module. Without an argument the
 * `.wasm` next to this file is fetched (bundlers such as Vite rewrite that
 * URL; with esbuild copy `hirelens/hirelens.wasm` next to your bundle or pass
 * its URL). Accepts a URL, a `Response` (compiled while streaming; falls back
 * to bytes when the server sends the wrong MIME type), bytes, or a compiled
 * `WebAssembly.Module`. Calling it again without an argument is a no-op.
 */
export function init(input?: InitInput): Promise<void> {
  if (input === undefined) {
    if (isInitialized()) return Promise.resolve();
    if (pending) return pending;
    input = new URL('./hirelens.wasm', import.meta.url);
  }
  const p = compileInput(input).then(instantiate);
  pending = p;
  p.then(
    () => {
      if (pending === p) pending = undefined;
    },
    () => {
      if (pending === p) pending = undefined;
    },
  );
  return p;
}

/** Instantiate synchronously from the `.wasm` bytes or a compiled module. */
export function initSync(input: SyncInitInput): void {
  instantiate(compileSync(input));
}
