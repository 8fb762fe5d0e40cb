// The TS types match the Rust serde types (tests/js_contract.rs writes
// contract.generated.ts from Rust values); and this check really fails on drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './helpers.mjs';

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const types = fs.readFileSync(path.join(root, 'js/src/types.ts'), 'utf8');
const generated = fs.readFileSync(path.join(root, 'js/test/contract.generated.ts'), 'utf8');
const check = fs.readFileSync(path.join(root, 'js/test/contract-check.ts'), 'utf8');

/** Type-check the contract in a scratch copy with the given (possibly mutated) sources. */
function typecheck(typesTs, generatedTs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirelens-types-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.mkdirSync(path.join(dir, 'test'));
    fs.writeFileSync(path.join(dir, 'src/types.ts'), typesTs);
    fs.writeFileSync(path.join(dir, 'test/contract.generated.ts'), generatedTs);
    fs.writeFileSync(path.join(dir, 'test/contract-check.ts'), check);
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'js/tsconfig.json'), 'utf8'));
    tsconfig.compilerOptions.types = [];
    tsconfig.compilerOptions.typeRoots = [];
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    return { ok: r.status === 0, out: r.stdout + r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the whole package type-checks (tsc --noEmit, strict)', () => {
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'js')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the Rust-made contract values satisfy the TS types exactly', () => {
  const r = typecheck(types, generated);
  assert.ok(r.ok, r.out);
});

test('drift is caught: a field Rust emits that TS lacks', () => {
  const g = generated.replace('"contacts": 1', '"contacts": 1,\n    "sentiment": 0.5');
  assert.notEqual(g, generated);
  const r = typecheck(types, g);
  assert.ok(!r.ok && /sentiment/.test(r.out), r.out);
});

test('drift is caught: a field TS declares that Rust does not emit', () => {
  const t = types.replace('  contacts: number;\n}', '  contacts: number;\n  sentiment?: number;\n}');
  assert.notEqual(t, types);
  const r = typecheck(t, generated);
  assert.ok(!r.ok && /sentiment/.test(r.out), r.out);
});

test('drift is caught: a changed field type and an enum variant', () => {
  const t1 = types.replace('  start: number;\n  end: number;', '  start: string;\n  end: number;');
  assert.notEqual(t1, types);
  assert.ok(!typecheck(t1, generated).ok);
  const t2 = types.replace("export type Level = 'none' | 'low' | 'medium' | 'high';", "export type Level = 'none' | 'low' | 'medium' | 'high' | 'critical';");
  assert.notEqual(t2, types);
  assert.ok(!typecheck(t2, generated).ok);
});
