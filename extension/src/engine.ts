/**
 * The HireLens engine inside the background (service worker or event page).
 *
 * - Lazy: nothing is fetched or compiled until the first request.
 * - Compiled once: the `WebAssembly.Module` is kept; instances are cheap.
 * - Recovers: a trap (a Rust panic) poisons an instance, so the next call gets
 *   a fresh one. A stopped service worker simply starts over on the next event.
 */
import { createGlue, type Glue } from 'hirelens-glue';

let compiled: Promise<WebAssembly.Module> | null = null;
let current_: Glue | null = null;

/** How many instances were created (visible in `hello` for tests and diagnostics). */
export let instances = 0;

function compile(): Promise<WebAssembly.Module> {
  if (!compiled) {
    const url = chrome.runtime.getURL('hirelens.wasm');
    compiled = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`HireLens: cannot load ${url}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((bytes) => WebAssembly.compile(bytes));
    compiled.catch(() => {
      compiled = null;
    });
  }
  return compiled;
}

export async function engine(): Promise<Glue> {
  if (current_) return current_;
  const module = await compile();
  if (current_) return current_;
  const g = createGlue();
  g.initSync({ module });
  instances += 1;
  current_ = g;
  return g;
}

/** Run `f` on the engine; after a trap, drop the poisoned instance (the next call makes a fresh one) and report it. */
export async function withEngine<T>(f: (g: Glue) => T | Promise<T>): Promise<T> {
  const g = await engine();
  try {
    return await f(g);
  } catch (e) {
    if (!isTrap(e)) throw e;
    const panic = safePanic(g);
    current_ = null;
    console.warn('HireLens: the engine trapped and was restarted', panic ?? String(e));
    throw new EngineTrap(panic ?? String(e));
  }
}

export class EngineTrap extends Error {
  constructor(detail: string) {
    super(`the analysis engine stopped on this input (${detail}); it has been restarted`);
    this.name = 'EngineTrap';
  }
}

function isTrap(e: unknown): boolean {
  return e instanceof WebAssembly.RuntimeError;
}

function safePanic(g: Glue): string | undefined {
  try {
    return g.takePanicMessage();
  } catch {
    return undefined;
  }
}

/** The live instance, if any (no loading). */
export function current(): Glue | null {
  return current_;
}

/** Drop the current instance (tests: prove that a fresh one is made on demand). */
export function dropInstance(): void {
  current_ = null;
}
