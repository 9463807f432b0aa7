/**
 * The sealed core boundary, as flat-config blocks of import-x's `no-restricted-paths`:
 * - plugin code reaches the platform only through `server/core/index.ts` and
 *   `public/core/index.ts` (tests and their fixtures also through `mocks.ts`);
 * - the platform (`server/core`, `public/core`) never imports plugin code, nor `common/`
 *   outside `common/core/`, its shared half;
 * - `common/core/` imports nothing else from the repository.
 * The hosts (`server/main.ts`, `public/main.tsx`) assemble core and plugin, so they sit outside
 * the plugin zone: they import from core's index like plugins, plus, in the browser, core's
 * entry chunks (shell, login, the URL parser), kept apart from the index so the login page loads alone.
 */
const RULE = 'import-x/no-restricted-paths';
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/__fixtures__/**', '**/test_helpers*', '**/*test_harness*', '**/test_fixtures*', 'public/test_setup.ts'];
const SEALED = 'Import the platform from its index (core), not from a file behind it.';
const NO_PLUGIN = 'The platform never imports plugin code: pass it in through registration or contracts.';

const pluginZone = (half, entries) => ({
  target: `./${half}`,
  from: `./${half}/core`,
  except: entries,
  message: SEALED,
});

/** Nothing of `common/` but `common/core`, nothing of the other half, nothing outside core in its own half. */
const platformZones = (half, other) => [
  { target: `./${half}/core`, from: `./${half}`, except: ['./core'], message: NO_PLUGIN },
  { target: `./${half}/core`, from: `./${other}`, message: NO_PLUGIN },
  { target: `./${half}/core`, from: './common', except: ['./core'], message: 'The platform imports only common/core from common/.' },
];

export function boundaryBlocks(basePath) {
  const rule = (zones) => ({ [RULE]: ['error', { basePath, zones }] });
  const plugin = (half, ext) => [
    {
      files: [`${half}/**/*.${ext}`],
      ignores: [`${half}/core/**`, `${half}/main.*`, ...TEST_FILES],
      rules: rule([pluginZone(half, ['./index.ts'])]),
    },
    {
      files: TEST_FILES.map((glob) => (glob.startsWith('**') ? `${half}/${glob}` : glob)).filter((glob) => glob.startsWith(`${half}/`)),
      ignores: [`${half}/core/**`],
      rules: rule([pluginZone(half, ['./index.ts', './mocks.ts'])]),
    },
  ];
  return [
    ...plugin('server', '{ts,tsx}'),
    ...plugin('public', '{ts,tsx}'),
    { files: ['server/core/**/*.{ts,tsx}'], rules: rule(platformZones('server', 'public')) },
    { files: ['public/core/**/*.{ts,tsx}'], rules: rule(platformZones('public', 'server')) },
    {
      files: ['common/core/**/*.ts'],
      rules: rule([
        { target: './common/core', from: './common', except: ['./core'], message: 'common/core is the platform half: it imports nothing else of common/.' },
        { target: './common/core', from: ['./server', './public'], message: NO_PLUGIN },
      ]),
    },
    {
      // The browser host may load core's entry chunks directly; everything else through the index.
      files: ['public/main.tsx'],
      rules: rule([{ target: './public/main.tsx', from: './public/core', except: ['./index.ts', './space_url.ts', './start.tsx', './login/render_login.tsx'], message: SEALED }]),
    },
    { files: ['server/main.ts'], rules: rule([{ target: './server/main.ts', from: './server/core', except: ['./index.ts'], message: SEALED }]) },
  ];
}
