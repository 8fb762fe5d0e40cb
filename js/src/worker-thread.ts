// The Web Worker behind `hirelens/worker`: runs the engine off the main thread.
import * as core from './core.js';
import { HireLensError, errorData } from './errors.js';
import { compileInput } from './load.js';
import type { Reply, Request } from './protocol.js';
import type { AnalyzeOptions, HireLensDocument } from './types.js';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<Request>) => void) | null;
  postMessage(m: Reply): void;
}
const scope = globalThis as unknown as WorkerScope;

async function handle(req: Request): Promise<unknown> {
  switch (req.op) {
    case 'init': {
      if (core.isInitialized() && req.wasm === undefined) return undefined;
      const input = req.wasm ?? new URL('./hirelens.wasm', import.meta.url);
      core.instantiate(await compileInput(input));
      return undefined;
    }
    case 'analyze':
      return core.analyze(req.args[0] as HireLensDocument, req.args[1] as AnalyzeOptions | undefined);
    case 'analyzeMany':
      return core.analyzeMany(req.args[0] as HireLensDocument[], req.args[1] as AnalyzeOptions | undefined);
    case 'rules':
      return core.rules();
    case 'explain':
      return core.explain(req.args[0]);
    case 'version':
      return core.version();
    case '__debugTrap':
      return core.__debugTrap();
  }
}

// Requests run one at a time, in order (init before the calls that follow it).
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (ev) => {
  const req = ev.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id: req.id, ok: true, value: await handle(req) });
    } catch (e) {
      const err =
        e instanceof HireLensError
          ? e
          : new HireLensError(`HireLens worker: ${e instanceof Error ? e.message : String(e)}`, { code: 'worker', cause: e });
      scope.postMessage({ id: req.id, ok: false, error: errorData(err) });
    }
  });
};
