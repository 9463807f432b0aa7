/**
 * The sealed core boundary fails lint (and so `npm test`, whose lint step runs before jest) when
 * plugin code reaches behind the platform's index, or the platform reaches into plugin code.
 * Snippets are linted at real paths, so relative imports resolve as they would in the tree.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const RULE = 'import-x/no-restricted-paths';

interface Snippet {
  file: string;
  code: string;
}

const imports = (specifier: string, name: string) => `import { ${name} } from '${specifier}';\nexport const probe = ${name};\n`;

const CASES: Array<Snippet & { name: string; reported: boolean }> = [
  { name: 'plugin file, storage backend behind the index', file: 'server/services/probe.ts', code: imports('../core/saved_objects/sqlite/sqlite_repository', 'createSqliteRepository'), reported: true },
  { name: 'plugin file, the index', file: 'server/services/probe.ts', code: imports('../core', 'badRequest'), reported: false },
  { name: 'plugin file, type-only deep import', file: 'server/client/cases/probe.ts', code: "import type { Logger } from '../../core/logging/types';\nexport type P = Logger;\n", reported: true },
  { name: 'browser plugin file, behind the index', file: 'public/components/probe.ts', code: imports('../core/core_context', 'useCore'), reported: true },
  { name: 'browser plugin file, the index', file: 'public/components/probe.ts', code: imports('../core', 'useCore'), reported: false },
  { name: 'test file, the mocks entry', file: 'server/routes/probe.test.ts', code: imports('../core/mocks', 'createFakeRouter'), reported: false },
  { name: 'non-test plugin file, the mocks entry', file: 'server/routes/probe.ts', code: imports('../core/mocks', 'createFakeRouter'), reported: true },
  { name: 'server core, plugin code', file: 'server/core/probe.ts', code: imports('../client', 'createCasesClient'), reported: true },
  { name: 'browser core, the plugin', file: 'public/core/probe.ts', code: imports('../plugin', 'CasesPublicPlugin'), reported: true },
  { name: 'server core, the plugin common/', file: 'server/core/http/probe.ts', code: imports('../../../common/constants', 'MAX_TITLE_LENGTH'), reported: true },
  { name: 'server core, common/core', file: 'server/core/http/probe.ts', code: imports('../../../common/core/codec', 'strict'), reported: false },
  { name: 'common/core, the rest of common/', file: 'common/core/probe.ts', code: imports('../constants', 'MAX_TITLE_LENGTH'), reported: true },
];

function lint(snippets: Snippet[]): Array<Array<{ ruleId: string | null; message: string }>> {
  const script = join(__dirname, 'lint_text.mjs');
  const run = spawnSync(process.execPath, [script], { input: JSON.stringify(snippets), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('core boundary lint', () => {
  let results: ReturnType<typeof lint>;
  beforeAll(() => {
    results = lint(CASES);
  }, 120_000);

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const boundary = results[i].filter((m) => m.ruleId === RULE);
    if (CASES[i].reported) {
      expect(boundary).toEqual([expect.objectContaining({ message: expect.stringContaining('restricted zone') })]);
    } else {
      expect(boundary).toEqual([]);
    }
  });
});
