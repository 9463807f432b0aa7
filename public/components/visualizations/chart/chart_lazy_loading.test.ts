/**
 * @elastic/charts stays out of every bundle but the chart chunk: nothing outside this folder
 * imports the library, and what imports this folder statically reaches only its modules that do
 * not pull the library in (the data table, the formatters). The chart itself is loaded with
 * React.lazy (`import('./chart/visualization_chart')`) or named in type imports only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const PUBLIC = resolve(__dirname, '../../..');
const CHART_FOLDER = __dirname;
const LIBRARY = /^@elastic\/charts(\/|$)/;

interface StaticImport {
  specifier: string;
  typeOnly: boolean;
}

/** Import and re-export statements with a `from` or a bare specifier; `import()` is not one. */
function staticImportsOf(source: string): StaticImport[] {
  const found: StaticImport[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(import|export)\s+([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const clause = match[2]!.trim();
    const braces = /^\{([^}]*)\}$/.exec(clause);
    const specifiers = braces ? braces[1]!.split(',').map((part) => part.trim()).filter(Boolean) : [];
    const typeOnly = clause.startsWith('type ') || (specifiers.length > 0 && specifiers.every((part) => part.startsWith('type ')));
    found.push({ specifier: match[3]!, typeOnly });
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' || entry.name === '__mocks__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) => existsSync(path) && !readdirSafe(path));
}
const readdirSafe = (path: string) => {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
};

const inChartFolder = (path: string) => path.startsWith(`${CHART_FOLDER}/`);

/** The chart folder's modules that load the library, directly or through another of them. */
function modulesReachingLibrary(files: string[]): Set<string> {
  const chartFiles = files.filter(inChartFolder);
  const edges = new Map(
    chartFiles.map((file) => {
      const imports = staticImportsOf(readFileSync(file, 'utf8')).filter((entry) => !entry.typeOnly);
      return [file, imports] as const;
    }),
  );
  const reaching = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [file, imports] of edges) {
      if (reaching.has(file)) continue;
      const loads = imports.some(({ specifier }) =>
        LIBRARY.test(specifier) || (specifier.startsWith('.') && reaching.has(resolveRelative(file, specifier) ?? '')),
      );
      if (loads) {
        reaching.add(file);
        changed = true;
      }
    }
  }
  return reaching;
}

describe('the chart library stays in the lazily loaded chart chunk', () => {
  const files = sourceFiles(PUBLIC);
  const reaching = modulesReachingLibrary(files);

  it('reads imports the way bundlers do (the scan itself works)', () => {
    expect(staticImportsOf("import type { A } from './a';\nimport { type B, type C } from './b';\nimport { D, type E } from './c';\nimport '@elastic/charts/x.css';\nconst F = lazy(() => import('./f'));")).toEqual([
      { specifier: './a', typeOnly: true },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: '@elastic/charts/x.css', typeOnly: false },
    ]);
    expect(reaching.has(join(CHART_FOLDER, 'visualization_chart.tsx'))).toBe(true);
    expect(reaching.has(join(CHART_FOLDER, 'xy_chart.tsx'))).toBe(true);
    expect(reaching.has(join(CHART_FOLDER, 'visualization_data_table.tsx'))).toBe(false);
    expect(reaching.has(join(CHART_FOLDER, 'format.ts'))).toBe(false);
  });

  it('is imported by nothing outside the chart folder', () => {
    const offenders = files
      .filter((file) => !inChartFolder(file))
      .flatMap((file) =>
        staticImportsOf(readFileSync(file, 'utf8'))
          .filter((entry) => !entry.typeOnly && LIBRARY.test(entry.specifier))
          .map((entry) => `${relative(PUBLIC, file)} imports ${entry.specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('is reached from outside the folder only through React.lazy or type imports', () => {
    const offenders = files
      .filter((file) => !inChartFolder(file))
      .flatMap((file) =>
        staticImportsOf(readFileSync(file, 'utf8'))
          .filter((entry) => !entry.typeOnly && entry.specifier.startsWith('.'))
          .map((entry) => ({ entry, target: resolveRelative(file, entry.specifier) }))
          .filter(({ target }) => target !== undefined && reaching.has(target))
          .map(({ entry }) => `${relative(PUBLIC, file)} imports ${entry.specifier} statically`),
      );
    expect(offenders).toEqual([]);
  });
});
