// Types of the generated glue factory (target/js/glue.js, made by js/build/glue.mjs).
declare module 'hirelens-glue' {
  export interface Glue {
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
