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
  | { id: number; op: '__debugTrap'; args: [] }
  | { id: number; op: 'compareDocuments'; args: [unknown, unknown] }
  | { id: number; op: 'photoHash'; args: [Uint8Array, number, number] }
  | { id: number; op: 'corpusNew'; args: [Uint8Array | undefined] }
  | { id: number; op: 'corpusFromBytes'; args: [Uint8Array, Uint8Array | undefined] }
  | { id: number; op: 'corpusCall'; args: [number, CorpusMethod, unknown[]] }
  | { id: number; op: 'corpusFree'; args: [number] };

export type CorpusMethod = 'add' | 'analyze' | 'links' | 'pairs' | 'clusters' | 'size' | 'styleTopicShare' | 'toBytes';

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: HireLensErrorData };
