// Messages between `hirelens/worker` (the page) and worker-thread.js.
import type { HireLensErrorData } from './errors.js';

export type WasmSource = string | ArrayBuffer | WebAssembly.Module;

export type Request =
  | { id: number; op: 'init'; wasm: WasmSource | undefined }
  | { id: number; op: 'analyze'; args: [unknown, unknown] }
  | { id: number; op: 'analyzeMany'; args: [unknown, unknown] }
  | { id: number; op: 'rules'; args: [] }
  | { id: number; op: 'explain'; args: [string] }
  | { id: number; op: 'version'; args: [] }
  | { id: number; op: '__debugTrap'; args: [] };

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: HireLensErrorData };
