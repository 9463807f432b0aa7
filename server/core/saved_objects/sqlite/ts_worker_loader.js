/**
 * Starts a worker from the TypeScript sources, for when the server itself runs from them
 * (jest transpiles them with Babel; a worker thread is outside jest's module system and
 * would find no `.ts` loader). The build runs the compiled worker and never loads this file.
 * The presets are jest's (jest.config.js), so the worker runs the code the tests run.
 */
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const babel = require('@babel/core');

const OPTIONS = {
  babelrc: false,
  configFile: false,
  sourceMaps: 'inline',
  presets: [
    ['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }],
    ['@babel/preset-typescript', { allowDeclareFields: true, onlyRemoveTypeImports: false }],
  ],
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = babel.transformSync(readFileSync(filename, 'utf8'), { ...OPTIONS, filename });
  module._compile(code, filename);
};

require(workerData.entry);
