import { defineConfig } from 'vite';

// The server serves public/dist/index.html for every page and the assets under /bundles/.
export default defineConfig({
  // Vite defines __dirname in config files, ESM ones included: the folder of this file.
  root: __dirname,
  base: '/bundles/',
  // No React plugin is installed: esbuild compiles JSX, through Emotion for the `css` prop.
  esbuild: { jsx: 'automatic', jsxImportSource: '@emotion/react' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Which chunks each entry pulls in: test/lint/first_load_budget.test.ts sums the list page's.
    manifest: true,
    // EUI alone is past Vite's 500 kB default; the shared vendor chunk is expected to be.
    chunkSizeWarningLimit: 1500,
  },
});
