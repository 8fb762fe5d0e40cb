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

/**
 * The engine builds its patterns on first use (most of a second in
 * WebAssembly). Pay that here, during `init`, off the page's thread, so the
 * first real request is quick. The document touches every kind of field.
 */
function warmUp(): void {
  const text =
    "Hello, I'm Sam. Upwork takes a fee, so let's continue on Telegram @sam_dev or sam@example.com, +1 415 555 0100. " +
    'Payment in USDT to my wallet 0x52908400098527886E0F7030069857D2E4169EE7 or to my friend\'s account is fine. ' +
    'I have 8 years of experience and can start today. Best regards, Sam';
  const profile = {
    name: 'Sam Lee', headline: 'Developer', overview: text, location: { country: 'US', city: 'Austin' },
    utc_offset_minutes: -360, languages: [{ language: 'English', level: 'native' }], skills: ['Rust'],
    employment: [{ title: 'Engineer', company: 'Acme', start: '2019-03', end: 'Present', description: text }],
    education: [{ school: 'UT', start: '2010', end: '2014' }], activity: ['2026-11-20T01:12:00Z'],
  };
  try {
    core.analyze({
      kind: 'thread', job: { title: 'API', description: text }, profile,
      messages: [{ role: 'client', text: 'Can we talk?' }, { role: 'freelancer', text }],
    });
  } catch {
    // Warming up is an optimisation; a failure here shows up on the real call.
  }
}

const corpora = new Map<number, core.Corpus>();
let nextCorpus = 1;
function keep(c: core.Corpus): number {
  const h = nextCorpus++;
  corpora.set(h, c);
  return h;
}

async function handle(req: Request): Promise<unknown> {
  switch (req.op) {
    case 'init': {
      if (core.isInitialized() && req.wasm === undefined) return undefined;
      const input = req.wasm ?? new URL('./hirelens.wasm', import.meta.url);
      core.instantiate(await compileInput(input));
      warmUp();
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
    case 'compareDocuments':
      return core.compareDocuments(req.args[0] as HireLensDocument, req.args[1] as HireLensDocument);
    case 'photoHash':
      return core.photoHash(req.args[0], req.args[1], req.args[2]);
    case 'corpusNew':
      return keep(new core.Corpus(req.args[0]));
    case 'corpusFromBytes':
      return keep(core.Corpus.fromBytes(req.args[0], req.args[1]));
    case 'corpusFree': {
      corpora.get(req.args[0])?.free();
      corpora.delete(req.args[0]);
      return undefined;
    }
    case 'corpusCall': {
      const [h, method, args] = req.args;
      const c = corpora.get(h);
      if (!c) throw new HireLensError('HireLens worker: this Corpus was freed', { code: 'invalid-input' });
      switch (method) {
        case 'add':
          return c.add(args[0] as HireLensDocument);
        case 'analyze':
          return c.analyze(args[0] as HireLensDocument, args[1] as AnalyzeOptions | undefined);
        case 'links':
          return c.links(args[0] as string);
        case 'pairs':
          return c.pairs();
        case 'clusters':
          return c.clusters();
        case 'size':
          return c.size;
        case 'styleTopicShare':
          return c.styleTopicShare;
        case 'toBytes':
          return c.toBytes();
      }
    }
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
