// Type-level helpers for contract.generated.ts.

/** Every property required and non-null, recursively: a fully-populated value must set them all. */
export type DeepRequired<T> = T extends ReadonlyArray<infer U>
  ? DeepRequired<U>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<Exclude<T[K], null | undefined>> }
    : T;

export type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;
