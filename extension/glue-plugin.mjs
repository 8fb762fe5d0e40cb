// esbuild plugin: `import { createGlue } from 'hirelens-glue'` gives a factory over wasm-bindgen's glue.
import fs from 'node:fs';

/**
 * wasm-bindgen's `web` glue keeps one instance in module scope. After a trap
 * that instance is unusable, and service workers cannot import() a fresh copy,
 * so the build wraps the glue in a factory: each call gives a fresh scope.
 * @param {string} glue path of pkg/hirelens_glue.js
 * @returns {import('esbuild').Plugin}
 */
export function glueFactoryPlugin(glue) {
  return {
    name: 'hirelens-glue-factory',
    setup(build) {
      build.onResolve({ filter: /^hirelens-glue$/ }, () => ({ path: glue, namespace: 'glue' }));
      build.onLoad({ filter: /.*/, namespace: 'glue' }, () => {
        let src = fs.readFileSync(glue, 'utf8');
        const names = new Set();
        src = src.replace(/^export (function|class|async function) (\w+)/gm, (_m, kw, name) => {
          names.add(name);
          return `${kw} ${name}`;
        });
        const block = /^export \{([^}]*)\};?\s*$/m;
        const m = src.match(block);
        if (!m) throw new Error('hirelens_glue.js: no `export { … }` block; the wasm-bindgen output changed');
        for (const part of m[1].split(',')) {
          const [local, alias] = part.trim().split(/\s+as\s+/);
          if (local) names.add(alias && alias !== 'default' ? `${alias}: ${local}` : alias === 'default' ? `init: ${local}` : local);
        }
        src = src.replace(block, '');
        if (/^export /m.test(src)) throw new Error('hirelens_glue.js: unexpected export form');
        src = src.replace(/import\.meta\.url/g, 'self.location.href');
        const exported = [...names].join(',\n  ');
        return { contents: `export function createGlue() {\n${src}\nreturn {\n  ${exported}\n};\n}\n`, loader: 'js' };
      });
    },
  };
}
