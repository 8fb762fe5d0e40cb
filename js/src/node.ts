/**
 * HireLens for Node.js: ready on import, initialised synchronously (on first
 * use) from the `.wasm` that ships with the package.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSync, instantiate, isInitialized, setAutoInit } from './core.js';
import { HireLensError } from './errors.js';
import { compileInput } from './load.js';
import type { InitInput, SyncInitInput } from './types.js';

export { analyze, analyzeMany, rules, explain, version, Corpus, compareDocuments, photoHash, __debugTrap } from './core.js';
export { HireLensError } from './errors.js';
export type { HireLensErrorCode } from './errors.js';
export type * from './types.js';

// Set by the build: true in the CommonJS bundle (node.cjs), where
// import.meta does not exist and __dirname is the module's directory.
declare const __HIRELENS_CJS__: boolean;
declare const __dirname: string;

/** Path of the bundled `hirelens.wasm`. */
export function wasmPath(): string {
  const here = __HIRELENS_CJS__ ? __dirname : dirname(fileURLToPath(import.meta.url));
  return join(here, 'hirelens.wasm');
}

function readWasm(): Uint8Array {
  try {
    return readFileSync(wasmPath());
  } catch (cause) {
    throw new HireLensError(`HireLens: could not read ${wasmPath()}: ${String(cause)}`, { code: 'init-failed', cause });
  }
}

setAutoInit(() => {
  instantiate(compileSync(readWasm()));
});

/** Not needed in Node (the API initialises itself); with an input, re-initialises from it. */
export async function init(input?: InitInput): Promise<void> {
  if (input === undefined) {
    if (!isInitialized()) instantiate(compileSync(readWasm()));
    return;
  }
  instantiate(await compileInput(input));
}

/** Instantiate synchronously from the `.wasm` bytes or a compiled module. */
export function initSync(input?: SyncInitInput): void {
  if (input === undefined) {
    if (!isInitialized()) instantiate(compileSync(readWasm()));
    return;
  }
  instantiate(compileSync(input));
}
