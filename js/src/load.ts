// Turning an InitInput into a compiled WebAssembly.Module.
import { HireLensError } from './errors.js';
import type { InitInput } from './types.js';

function failed(what: string, cause: unknown): HireLensError {
  return new HireLensError(`HireLens: ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, {
    code: 'init-failed',
    cause,
  });
}

function isWasmMime(r: Response): boolean {
  const t = r.headers.get('Content-Type') ?? '';
  return t.split(';')[0]?.trim().toLowerCase() === 'application/wasm';
}

/** Compile from a fetch Response: streaming when the server says `application/wasm`, else (or if streaming fails before reading) from the bytes. */
export async function compileResponse(r: Response): Promise<WebAssembly.Module> {
  if (!r.ok) throw failed(`fetching ${r.url || 'the .wasm'} failed`, `${r.status} ${r.statusText}`);
  if (typeof WebAssembly.compileStreaming === 'function' && isWasmMime(r)) {
    try {
      return await WebAssembly.compileStreaming(r);
    } catch (e) {
      if (r.bodyUsed) throw failed('compiling the WebAssembly module failed', e);
    }
  }
  try {
    return await WebAssembly.compile(await r.arrayBuffer());
  } catch (e) {
    throw failed('compiling the WebAssembly module failed', e);
  }
}

export async function compileInput(input: InitInput): Promise<WebAssembly.Module> {
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    try {
      return await WebAssembly.compile(input as BufferSource);
    } catch (e) {
      throw failed('compiling the WebAssembly module failed', e);
    }
  }
  let response: Response;
  try {
    if (input instanceof Promise) response = await input;
    else if (typeof input === 'string' || input instanceof URL || (typeof Request === 'function' && input instanceof Request)) {
      response = await fetch(input as string | URL | Request);
    } else response = input as Response;
  } catch (e) {
    const where = typeof Request === 'function' && input instanceof Request ? input.url : String(input);
    throw failed(`fetching ${where} failed`, e);
  }
  return compileResponse(response);
}
