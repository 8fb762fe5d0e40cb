// The engine wrapper shared by every entry: one WebAssembly instance,
// option mapping, error normalisation, and recovery from traps.
import { createGlue, type Glue, type GlueCorpus } from 'hirelens-glue';
import { HireLensError } from './errors.js';
import type { AnalyzeOptions, Cluster, Comparison, HireLensDocument, Link, Report, RuleInfo, SyncInitInput } from './types.js';
import { toWire } from './wire';

let compiled: WebAssembly.Module | undefined;
let glue: Glue | undefined;
let autoInit: (() => void) | undefined;
/** Bumped whenever the instance is replaced: objects living in the old one (corpora) are gone. */
let generation = 0;

/** Entries that can initialise synchronously (Node) register how. */
export function setAutoInit(f: () => void): void {
  autoInit = f;
}

export function isInitialized(): boolean {
  return glue !== undefined;
}

/** Instantiate a fresh engine from a compiled module. */
export function instantiate(module: WebAssembly.Module): void {
  let g: Glue;
  try {
    g = createGlue();
    g.initSync({ module });
  } catch (cause) {
    throw new HireLensError(`HireLens: could not instantiate the WebAssembly module: ${String(cause)}`, {
      code: 'init-failed',
      cause,
    });
  }
  compiled = module;
  glue = g;
  generation++;
}

export function compileSync(bytes: SyncInitInput): WebAssembly.Module {
  if (bytes instanceof WebAssembly.Module) return bytes;
  try {
    return new WebAssembly.Module(bytes as BufferSource);
  } catch (cause) {
    throw new HireLensError(`HireLens: could not compile the WebAssembly module: ${String(cause)}`, {
      code: 'init-failed',
      cause,
    });
  }
}

function engine(): Glue {
  if (glue === undefined && autoInit !== undefined) autoInit();
  if (glue === undefined) {
    throw new HireLensError('HireLens is not initialized: call `await init()` (or `initSync(bytes)`) first', {
      code: 'not-initialized',
    });
  }
  return glue;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A trap: `unreachable` from a panic, out of bounds, or a stack overflow inside the module. */
function isTrap(e: unknown): boolean {
  return (
    e instanceof WebAssembly.RuntimeError ||
    (e instanceof RangeError && /call stack|stack size/i.test(e.message))
  );
}

function fromEngineError(e: unknown): unknown {
  if (e instanceof Error && e.name === 'HireLensCorpusError') {
    return new HireLensError(e.message, { code: 'invalid-input', field: 'bytes', detail: e.message });
  }
  if (e instanceof Error && e.name === 'HireLensError' && !(e instanceof HireLensError)) {
    const r = e as Error & { field?: unknown; detail?: unknown; document?: unknown; id?: unknown };
    const init: ConstructorParameters<typeof HireLensError>[1] = {
      code: 'invalid-input',
      field: typeof r.field === 'string' ? r.field : '',
    };
    if (typeof r.detail === 'string') init.detail = r.detail;
    if (typeof r.document === 'number') init.document = r.document;
    if (typeof r.id === 'string') init.id = r.id;
    return new HireLensError(e.message, init);
  }
  return e;
}

/** Run `f` on the engine; turn engine errors into HireLensErrors; recover from traps. */
function call<T>(f: (g: Glue) => unknown): T {
  const g = engine();
  try {
    return f(g) as T;
  } catch (e) {
    if (!isTrap(e)) throw fromEngineError(e);
    let panic: string | undefined;
    try {
      panic = g.takePanicMessage();
    } catch {
      panic = undefined;
    }
    glue = undefined;
    let recreated = false;
    if (compiled !== undefined) {
      try {
        instantiate(compiled);
        recreated = true;
      } catch {
        recreated = false;
      }
    }
    const what = panic ?? (e instanceof Error ? e.message : String(e));
    throw new HireLensError(
      `HireLens: internal error (${what}); ${recreated ? 'the module was re-created and the next call will work' : 'the module could not be re-created'}. Please report this with the input that caused it.`,
      { code: 'internal', detail: what, cause: e },
    );
  }
}

const SEVERITIES = new Set(['info', 'low', 'medium', 'high']);
const OPTION_KEYS = new Set(['now', 'watchlist', 'minSeverity']);

/** Map JS options (camelCase, Date) to the engine's (snake_case, RFC 3339). */
export function engineOptions(options: AnalyzeOptions | undefined | null): Record<string, unknown> {
  if (options !== undefined && options !== null && !isRecord(options)) {
    throw new HireLensError('options: expected an object', { code: 'invalid-input', field: 'options', detail: 'expected an object' });
  }
  const o: Record<string, unknown> = options ?? {};
  for (const k of Object.keys(o)) {
    if (!OPTION_KEYS.has(k)) {
      const detail = `unknown option; expected one of ${[...OPTION_KEYS].join(', ')}`;
      throw new HireLensError(`options.${k}: ${detail}`, { code: 'invalid-input', field: `options.${k}`, detail });
    }
  }
  let now: unknown = o['now'] ?? new Date();
  if (typeof now === 'number') now = new Date(now);
  if (now instanceof Date) {
    if (Number.isNaN(now.getTime())) {
      const detail = 'expected a valid Date, a number of milliseconds or an RFC 3339 string';
      throw new HireLensError(`options.now: ${detail}`, { code: 'invalid-input', field: 'options.now', detail });
    }
    now = now.toISOString();
  }
  const out: Record<string, unknown> = { now };
  const sev = o['minSeverity'];
  if (sev !== undefined && sev !== null) {
    if (typeof sev !== 'string' || !SEVERITIES.has(sev)) {
      const detail = 'expected "info", "low", "medium" or "high"';
      throw new HireLensError(`options.minSeverity: ${detail}`, { code: 'invalid-input', field: 'options.minSeverity', detail });
    }
    out['min_severity'] = sev;
  }
  if (o['watchlist'] !== undefined && o['watchlist'] !== null) out['watchlist'] = o['watchlist'];
  return out;
}


/** Analyse one document (an object of the v1 contract, or its JSON text). */
export function analyze(doc: HireLensDocument | string, options?: AnalyzeOptions): Report {
  const opts = engineOptions(options);
  return call<Report>((g) => g.analyze(toWire(doc), opts));
}

/** Analyse many documents with the same options; fails on the first invalid one, naming it (`document`, `id`, `field`). */
export function analyzeMany(docs: ReadonlyArray<HireLensDocument | string>, options?: AnalyzeOptions): Report[] {
  const opts = engineOptions(options);
  return call<Report[]>((g) => g.analyzeMany(Array.isArray(docs) ? docs.map(toWire) : docs, opts));
}

/** The rule catalog. */
export function rules(): RuleInfo[] {
  return call<RuleInfo[]>((g) => g.rules());
}

/** One rule's documentation as Markdown, or `undefined` for an unknown code. */
export function explain(code: string): string | undefined {
  if (typeof code !== 'string') {
    throw new HireLensError('code: expected a string such as "HL301"', { code: 'invalid-input', field: 'code', detail: 'expected a string such as "HL301"' });
  }
  return call<string | undefined>((g) => g.explain(code));
}

/** The engine version (the Rust crate's). */
export function version(): string {
  return call<string>((g) => g.version());
}

/** For tests: make the module trap, to prove that the next call still works. */
export function __debugTrap(): void {
  call<void>((g) => g.__debugTrap());
}

/**
 * The cross-document memory: near-duplicate text, shared identifiers,
 * photos, names and writing style across every document added. Keep it
 * between sessions with `toBytes()` / `Corpus.fromBytes()` (signatures and
 * keyed digests, no raw text). A corpus lives in one instance of the module:
 * after a trap (which re-creates the instance) it is gone, and its methods
 * throw; rebuild it from saved bytes.
 */
/** Set by Corpus.fromBytes for the constructor to take over. */
let adopting: GlueCorpus | undefined;

export class Corpus {
  #inner: GlueCorpus;
  #generation: number;

  /** `key`: bytes you keep (never written by `toBytes()`); without one a random key is made and stored in the blob. */
  constructor(key?: Uint8Array) {
    if (adopting !== undefined) {
      this.#inner = adopting;
      adopting = undefined;
    } else {
      const K = corpusClass();
      this.#inner = call<GlueCorpus>(() => new K(key));
    }
    this.#generation = generation;
  }

  /** Load from `toBytes()` output; `key` is needed when the corpus was made with one. */
  static fromBytes(bytes: Uint8Array, key?: Uint8Array): Corpus {
    const K = corpusClass();
    adopting = call<GlueCorpus>(() => K.fromBytes(bytes, key));
    return new Corpus();
  }

  #live(): GlueCorpus {
    if (this.#generation !== generation) {
      throw new HireLensError(
        'HireLens: this Corpus belonged to an earlier instance of the module (re-created after a trap or by init); rebuild it, e.g. with Corpus.fromBytes(saved)',
        { code: 'internal' },
      );
    }
    return this.#inner;
  }

  /** Add a document (object or JSON text); returns its id in the corpus. */
  add(doc: HireLensDocument | string): string {
    const c = this.#live();
    return call<string>(() => c.add(toWire(doc)));
  }

  /** Analyse a document against the corpus, add it, and return its report with linkage hints. */
  analyze(doc: HireLensDocument | string, options?: AnalyzeOptions): Report {
    const c = this.#live();
    const opts = engineOptions(options);
    return call<Report>(() => c.analyze(toWire(doc), opts));
  }

  /** Links of the document with this id (empty for an unknown id). */
  links(id: string): Link[] {
    const c = this.#live();
    return call<Link[]>(() => c.links(id));
  }

  /** Every link between documents in the corpus. */
  pairs(): Link[] {
    const c = this.#live();
    return call<Link[]>(() => c.pairs());
  }

  /** Groups of documents joined by strong links. */
  clusters(): Cluster[] {
    const c = this.#live();
    return call<Cluster[]>(() => c.clusters());
  }

  /** Number of documents. */
  get size(): number {
    const c = this.#live();
    return call<number>(() => c.size);
  }

  /**
   * The share of HL404's style score that discounts shared topic, learnt from
   * this corpus's documents under one name: 0 until it has 20 such pairs of
   * at least 150 words a side, at most 0.75. Near 0 where writers keep to
   * their subjects; higher where one writer changes subject (a person's
   * profile and proposals) and many write on one. Details: docs/api.md,
   * "Corpus".
   */
  get styleTopicShare(): number {
    const c = this.#live();
    return call<number>(() => c.styleTopicShare);
  }

  /** Serialize: signatures and keyed digests, no raw text. */
  toBytes(): Uint8Array {
    const c = this.#live();
    return call<Uint8Array>(() => c.toBytes());
  }

  /** Free the corpus's memory now instead of when it is garbage-collected. */
  free(): void {
    if (this.#generation === generation) this.#inner.free();
  }
}

/** Pairwise scores of two documents: near-duplicate text, style, shared identifiers, photos, names. */
export function compareDocuments(a: HireLensDocument | string, b: HireLensDocument | string): Comparison {
  return call<Comparison>((g) => {
    if (!g.compareDocuments) throw new HireLensError('HireLens: this build of the module has no compareDocuments', { code: 'init-failed' });
    return g.compareDocuments(a, b);
  });
}

/**
 * 64-bit difference hash of an image's RGBA pixels (e.g. `getImageData(…).data`
 * of an avatar drawn into a canvas), as 16 hex digits for a profile's `photo.dhash`.
 */
export function photoHash(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string {
  const bytes = rgba instanceof Uint8Array ? rgba : new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return call<string>((g) => {
    if (!g.photoHash) throw new HireLensError('HireLens: this build of the module has no photoHash', { code: 'init-failed' });
    return g.photoHash(bytes, width, height);
  });
}

function corpusClass() {
  const K = engine().Corpus;
  if (K === undefined) {
    throw new HireLensError('HireLens: this build of the module has no Corpus (linkage)', { code: 'init-failed' });
  }
  return K;
}
