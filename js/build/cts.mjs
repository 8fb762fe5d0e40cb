// CommonJS type declarations for `require('hirelens')` (exports → node →
// require → node.d.cts): the ESM declarations tsc emitted, as .d.cts files
// whose relative imports point at .cjs (TypeScript resolves those to .d.cts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../pkg');
const seen = new Set();
function convert(name) {
  if (seen.has(name)) return;
  seen.add(name);
  const text = fs.readFileSync(path.join(pkg, `${name}.d.ts`), 'utf8');
  const out = text.replace(/from '\.\/([\w-]+)\.js'/g, (_, dep) => {
    convert(dep);
    return `from './${dep}.cjs'`;
  });
  fs.writeFileSync(path.join(pkg, `${name}.d.cts`), out);
}
convert('node');
