/**
 * HireLens in a Web Worker: the same API as the main entry, asynchronous, so
 * a page's main thread never blocks. The worker starts on the first call (or
 * on `init`).
 * @module
 */
import { HireLensError, errorFromData } from './errors.js';
import type { CorpusMethod, Reply, Request, WasmSource } from './protocol.js';
import type { AnalyzeOptions, Cluster, Comparison, HireLensDocument, Link, Report, RuleInfo } from './types.js';

export { HireLensError } from './errors.js';
export type { HireLensErrorCode } from './errors.js';
export type * from './types.js';

export interface WorkerInitOptions {
  /**
   * The worker to use, or the URL of `worker-thread.js`. Default: the
   * `worker-thread.js` next to this file (Vite bundles it; with esbuild copy
   * `hirelens/worker-thread.js` and `hirelens/hirelens.wasm` next to your bundle).
   */
  worker?: Worker | URL | string;
  /** Where the worker gets the module: a URL, the bytes, or a compiled module. Default: `hirelens.wasm` next to this module (bundlers rewrite it; with esbuild copy it next to your bundle). */
  wasm?: URL | string | ArrayBuffer | WebAssembly.Module;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };
type Call = Exclude<Request, { op: 'init' }>;
type CallOp = Call['op'];

let worker: Worker | undefined;
let ready: Promise<void> | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(e: HireLensError): void {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

function send(worker: Worker, msg: Request, transfer: Transferable[] = []): Promise<unknown> {
  return new Promise((resolve, reject) => {
    pending.set(msg.id, { resolve, reject });
    try {
      worker.postMessage(msg, transfer);
    } catch (cause) {
      pending.delete(msg.id);
      reject(new HireLensError(`HireLens worker: could not send the request: ${String(cause)}`, { code: 'invalid-input', cause }));
    }
  });
}

function base(): string | undefined {
  const loc = (globalThis as { location?: { href: string } }).location;
  return loc?.href;
}

function start(options: WorkerInitOptions): Promise<void> {
  let w: Worker;
  try {
    if (options.worker instanceof Worker) w = options.worker;
    else w = new Worker(options.worker ?? new URL('./worker-thread.js', import.meta.url), { type: 'module' });
  } catch (cause) {
    return Promise.reject(new HireLensError(`HireLens worker: could not start: ${String(cause)}`, { code: 'worker', cause }));
  }
  worker = w;
  w.onmessage = (ev: MessageEvent<Reply>) => {
    const r = ev.data;
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (r.ok) p.resolve(r.value);
    else p.reject(errorFromData(r.error));
  };
  w.onerror = (ev: ErrorEvent) => {
    ev.preventDefault();
    const e = new HireLensError(`HireLens worker failed: ${ev.message || 'the worker script could not be loaded'}`, { code: 'worker' });
    if (worker === w) {
      worker = undefined;
      ready = undefined;
    }
    failAll(e);
    w.terminate();
  };
  let wasm: WasmSource | undefined;
  const transfer: Transferable[] = [];
  // Resolved here, in the page's bundle, where bundlers rewrite asset URLs.
  const given = options.wasm ?? new URL('./hirelens.wasm', import.meta.url);
  if (typeof given === 'string' || given instanceof URL) wasm = new URL(given, base()).href;
  else if (given instanceof ArrayBuffer) {
    wasm = given.slice(0);
    transfer.push(wasm);
  } else wasm = given;
  return send(w, { id: nextId++, op: 'init', wasm }, transfer).then(() => undefined);
}

/** Start the worker and load the module. Optional: the first call does it with the defaults. */
export function init(options: WorkerInitOptions = {}): Promise<void> {
  if (ready && options.worker === undefined && options.wasm === undefined) return ready;
  terminate();
  const r = start(options);
  ready = r;
  r.catch(() => {
    if (ready === r) {
      ready = undefined;
      terminate();
    }
  });
  return r;
}

/** Stop the worker; the next call starts a new one. */
export function terminate(): void {
  if (worker) worker.terminate();
  worker = undefined;
  ready = undefined;
  failAll(new HireLensError('HireLens worker was terminated', { code: 'worker' }));
}

async function call<T>(op: CallOp, args: Call['args']): Promise<T> {
  await init();
  const w = worker;
  if (!w) throw new HireLensError('HireLens worker is not running', { code: 'worker' });
  return (await send(w, { id: nextId++, op, args } as Call)) as T;
}

/** Analyse one document in the worker. */
export function analyze(doc: HireLensDocument | string, options?: AnalyzeOptions): Promise<Report> {
  return call<Report>('analyze', [doc, options]);
}

/** Analyse many documents in the worker. */
export function analyzeMany(docs: ReadonlyArray<HireLensDocument | string>, options?: AnalyzeOptions): Promise<Report[]> {
  return call<Report[]>('analyzeMany', [docs, options]);
}

export function rules(): Promise<RuleInfo[]> {
  return call<RuleInfo[]>('rules', []);
}

export function explain(code: string): Promise<string | undefined> {
  return call<string | undefined>('explain', [code]);
}

export function version(): Promise<string> {
  return call<string>('version', []);
}

/** Pairwise scores of two documents, in the worker. */
export function compareDocuments(a: HireLensDocument | string, b: HireLensDocument | string): Promise<Comparison> {
  return call<Comparison>('compareDocuments', [a, b]);
}

/** 64-bit difference hash of RGBA pixels, in the worker (16 hex digits for `photo.dhash`). */
export function photoHash(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Promise<string> {
  const bytes = rgba instanceof Uint8Array ? rgba : new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return call<string>('photoHash', [bytes, width, height]);
}

/** For tests: make the module trap inside the worker. */
export function __debugTrap(): Promise<void> {
  return call<void>('__debugTrap', []);
}

/** The same Corpus as the main entry, living in the worker; every method returns a Promise. */
export class Corpus {
  readonly #handle: Promise<number>;

  /** Prefer `await Corpus.create(key?)`; the constructor starts creating it in the worker. */
  constructor(key?: Uint8Array, from?: Promise<number>) {
    this.#handle = from ?? call<number>('corpusNew', [key]);
    this.#handle.catch(() => undefined);
  }

  /** Create a corpus in the worker; resolves once it exists. */
  static async create(key?: Uint8Array): Promise<Corpus> {
    const c = new Corpus(key);
    await c.#handle;
    return c;
  }

  /** Load from `toBytes()` output in the worker. */
  static async fromBytes(bytes: Uint8Array, key?: Uint8Array): Promise<Corpus> {
    const c = new Corpus(undefined, call<number>('corpusFromBytes', [bytes, key]));
    await c.#handle;
    return c;
  }

  async #call<T>(method: CorpusMethod, args: unknown[] = []): Promise<T> {
    return call<T>('corpusCall', [await this.#handle, method, args]);
  }

  add(doc: HireLensDocument | string): Promise<string> {
    return this.#call<string>('add', [doc]);
  }
  analyze(doc: HireLensDocument | string, options?: AnalyzeOptions): Promise<Report> {
    return this.#call<Report>('analyze', [doc, options]);
  }
  links(id: string): Promise<Link[]> {
    return this.#call<Link[]>('links', [id]);
  }
  pairs(): Promise<Link[]> {
    return this.#call<Link[]>('pairs');
  }
  clusters(): Promise<Cluster[]> {
    return this.#call<Cluster[]>('clusters');
  }
  size(): Promise<number> {
    return this.#call<number>('size');
  }
  /** The share of HL404's style score that discounts shared topic (see the synchronous `Corpus`). */
  styleTopicShare(): Promise<number> {
    return this.#call<number>('styleTopicShare');
  }
  toBytes(): Promise<Uint8Array> {
    return this.#call<Uint8Array>('toBytes');
  }
  async free(): Promise<void> {
    await call<void>('corpusFree', [await this.#handle]);
  }
}
