// esbuild plugin: `import { createGlue } from 'hirelens-glue'` gives a factory
// over wasm-bindgen's glue, made by the npm package's transform
// (js/build/glue.mjs: one implementation for both). wasm-bindgen's `web` glue
// keeps one instance in module scope; after a trap that instance is unusable,
// and service workers cannot import() a fresh copy, so each createGlue() call
// gives a fresh scope over the same compiled module.
import fs from 'node:fs';
import { wrapGlue } from '../js/build/glue.mjs';

/**
 * @param {string} glue path of pkg/hirelens_glue.js
 * @returns {import('esbuild').Plugin}
 */
export function glueFactoryPlugin(glue) {
  return {
    name: 'hirelens-glue-factory',
    setup(build) {
      build.onResolve({ filter: /^hirelens-glue$/ }, () => ({ path: glue, namespace: 'glue' }));
      build.onLoad({ filter: /.*/, namespace: 'glue' }, () => ({ contents: wrapGlue(fs.readFileSync(glue, 'utf8')), loader: 'js' }));
    },
  };
}
