/** Byte-exact lines: offsets and lengths that read the same text back, whatever the line ends and characters. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines, readRanges } from './read_line';

const dir = mkdtempSync(join(tmpdir(), 'read-line-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(content: string) {
  const path = join(dir, `f${Math.random()}.ndjson`);
  writeFileSync(path, content);
  const lines = [];
  for await (const line of readLines(path)) lines.push(line);
  return { path, lines };
}

it('numbers every line, drops \\r before \\n, and keeps a last line without \\n', async () => {
  const { lines } = await linesOf('a\r\nbé€\n\n{"x":1}');
  expect(lines.map(({ line, text }) => [line, text])).toEqual([[1, 'a'], [2, 'bé€'], [3, ''], [4, '{"x":1}']]);
  expect(lines.map(({ offset, length }) => [offset, length])).toEqual([[0, 1], [3, 6], [10, 0], [11, 7]]);
});

it('reads any set of ranges back, adjacent ones and lines larger than a read chunk', async () => {
  const long = 'z'.repeat(3 * 1024 * 1024);
  const { path, lines } = await linesOf(['first', long, 'ünïcode', 'last'].join('\n') + '\n');
  const file = await open(path, 'r');
  try {
    const wanted = [lines[3], lines[0], lines[2], lines[1]];
    expect(await readRanges(file, wanted)).toEqual(['last', 'first', 'ünïcode', long]);
  } finally {
    await file.close();
  }
});
