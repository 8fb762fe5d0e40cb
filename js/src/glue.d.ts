// Types of the generated glue factory (target/js/glue.js, made by js/build/glue.mjs).
declare module 'hirelens-glue' {
  /** wasm-bindgen's Corpus class (present when the build exports linkage). */
  export interface GlueCorpus {
    add(doc: unknown): string;
    links(id: string): unknown;
    pairs(): unknown;
    clusters(): unknown;
    analyze(doc: unknown, options: unknown): unknown;
    samePerson?(doc: unknown): Array<{ id: string; claims: string }>;
    readonly size: number;
    readonly styleTopicShare: number;
    toBytes(): Uint8Array;
    free(): void;
  }
  export interface GlueCorpusClass {
    new (key?: Uint8Array): GlueCorpus;
    fromBytes(bytes: Uint8Array, key?: Uint8Array): GlueCorpus;
  }
  export interface Glue {
    Corpus?: GlueCorpusClass;
    compareDocuments?(a: unknown, b: unknown): unknown;
    photoHash?(rgba: Uint8Array, width: number, height: number): string;
    initSync(input: { module: WebAssembly.Module }): unknown;
    analyze(doc: unknown, options: unknown): unknown;
    analyzeMany(docs: unknown, options: unknown): unknown;
    rules(): unknown;
    explain(code: string): string | undefined;
    version(): string;
    takePanicMessage(): string | undefined;
    __debugTrap(): void;
  }
  export function createGlue(): Glue;
}
