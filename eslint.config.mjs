import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { boundaryBlocks } from './eslint.boundaries.mjs';

// Plain JavaScript here is Node scripts and CommonJS fixtures.
const NODE_GLOBALS = Object.fromEntries(
  ['require', 'module', 'exports', 'process', 'console', '__dirname', 'URL', 'Buffer', 'fetch', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'AbortSignal'].map(
    (name) => [name, 'readonly'],
  ),
);

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'public/dist/', 'coverage/', 'data/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['public/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // common/ is shared by both halves: nothing node-only, nothing from either half.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '../server/*', '../public/*', '**/server/**', '**/public/**'] }],
    },
  },
  {
    // Imports are resolved to files (relative paths included), so the boundary rules below see
    // `../core/saved_objects/sqlite/x` for what it is.
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    // One import statement per module: with one entry to core, its names gather in one place.
    rules: { 'import-x/no-duplicates': ['error', { 'prefer-inline': true }] },
  },
  ...boundaryBlocks(import.meta.dirname),
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
