/**
 * Every icon name the browser half uses must exist in the installed EUI. EUI reads an unknown
 * name as an image URL: the browser fetches `/app/<name>`, gets the app's HTML and draws nothing,
 * so a renamed icon turns a button invisible without any error. This scan catches it at test time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// EUI's own map from icon name to its SVG module: the source of truth for valid names.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { typeToPathMap } = require('@elastic/eui/lib/components/icon/icon_map.js') as { typeToPathMap: Record<string, string> };

const ROOT = join(__dirname, '../..');
const PUBLIC = join(ROOT, 'public');

/** Props and keys that name an EUI icon, written as a literal: `iconType="x"`, `icon: 'x'`, `<EuiIcon type="x"`. */
const ICON_LITERALS = [
  /\b(?:iconType|icon)\s*[:=]\s*\{?\s*['"]([A-Za-z][A-Za-z0-9]*)['"]/g,
  /<EuiIcon\b[^>]*?\btype=\{?\s*['"]([A-Za-z][A-Za-z0-9]*)['"]/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function iconNamesIn(text: string): string[] {
  return ICON_LITERALS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

describe('EUI icon names used in public/', () => {
  it('finds the icon names it scans for (the scan itself works)', () => {
    expect(iconNamesIn(`<EuiButton iconType="plusCircle" />`)).toEqual(['plusCircle']);
    expect(iconNamesIn(`{ name: 'Delete', icon: 'trash' }`)).toEqual(['trash']);
    expect(iconNamesIn(`<EuiIcon size="l" type="logoSecurity" />`)).toEqual(['logoSecurity']);
    expect(Object.keys(typeToPathMap).length).toBeGreaterThan(100);
  });

  it('uses only names that exist in the installed EUI', () => {
    const unknown = sourceFiles(PUBLIC).flatMap((file) =>
      iconNamesIn(readFileSync(file, 'utf8'))
        .filter((name) => !(name in typeToPathMap))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
