/**
 * Why a call failed:
 * - `invalid-input`: the document or the options were refused; `field` names the place.
 * - `internal`: a trap inside WebAssembly (a bug in HireLens); the module was re-created and the next call works.
 * - `not-initialized`: the browser entry was used before `await init()`.
 * - `init-failed`: the `.wasm` could not be fetched, compiled or instantiated.
 * - `worker`: the Web Worker could not start or stopped.
 */
export type HireLensErrorCode = 'invalid-input' | 'internal' | 'not-initialized' | 'init-failed' | 'worker';

export interface HireLensErrorInit {
  code: HireLensErrorCode;
  /** JSON path of the offending field (`employment[2].start`, `options.now`); `''` for the whole input or when not about input. */
  field?: string;
  detail?: string;
  document?: number;
  id?: string;
  cause?: unknown;
}

/** The one error type the package throws (or rejects with). */
export class HireLensError extends Error {
  override name = 'HireLensError';
  readonly code: HireLensErrorCode;
  /** JSON path of the offending field; `''` when the error is about the whole input or not about input. */
  readonly field: string;
  /** The message without the field path. */
  readonly detail: string;
  /** Position (0-based) of the offending document in a batch. */
  readonly document?: number;
  /** `id` of the offending document in a batch, when it had one. */
  readonly id?: string;

  constructor(message: string, init: HireLensErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.field = init.field ?? '';
    this.detail = init.detail ?? message;
    if (init.document !== undefined) this.document = init.document;
    if (init.id !== undefined) this.id = init.id;
  }
}

/** The plain shape of a HireLensError (what crosses a worker boundary). */
export interface HireLensErrorData {
  message: string;
  code: HireLensErrorCode;
  field: string;
  detail: string;
  document?: number;
  id?: string;
}

export function errorData(e: HireLensError): HireLensErrorData {
  const d: HireLensErrorData = { message: e.message, code: e.code, field: e.field, detail: e.detail };
  if (e.document !== undefined) d.document = e.document;
  if (e.id !== undefined) d.id = e.id;
  return d;
}

export function errorFromData(d: HireLensErrorData): HireLensError {
  const init: HireLensErrorInit = { code: d.code, field: d.field, detail: d.detail };
  if (d.document !== undefined) init.document = d.document;
  if (d.id !== undefined) init.id = d.id;
  return new HireLensError(d.message, init);
}
