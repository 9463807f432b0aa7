import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRotatingFile, type RotatingFile } from './rotating_file';

describe('rotating file', () => {
  let dir: string;
  let file: RotatingFile | undefined;
  const errors: Array<[string, string]> = [];
  const open = (path: string, maxBytes: number, keep: number) =>
    (file = createRotatingFile({ path, maxBytes, keep, onError: (e, what) => void errors.push([what, e.message]) }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'audit-rotation-'));
    errors.length = 0;
  });
  afterEach(() => {
    file?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates its folder and has each line in the file as soon as append returns', () => {
    const path = join(dir, 'nested', 'audit.log');
    const f = open(path, 1024, 2);
    expect(f.append('one\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    f.append('two\n');
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\n');
  });

  it('rotates before a line would pass maxBytes, keeping the newest `keep` files', () => {
    const path = join(dir, 'audit.log');
    const f = open(path, 10, 2);
    // Each line is 6 bytes, so each file holds one line: a second would make 12 > 10.
    for (const n of [1, 2, 3, 4, 5]) f.append(`line${n}\n`);
    expect(readdirSync(dir).sort()).toEqual(['audit.log', 'audit.log.1', 'audit.log.2']);
    expect(readFileSync(path, 'utf8')).toBe('line5\n');
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('line4\n');
    expect(readFileSync(`${path}.2`, 'utf8')).toBe('line3\n');
    expect(errors).toEqual([]);
  });

  it('fills a file up to maxBytes before rotating', () => {
    const path = join(dir, 'audit.log');
    const f = open(path, 12, 1);
    f.append('aaaaa\n');
    f.append('bbbbb\n');
    f.append('ccccc\n');
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('aaaaa\nbbbbb\n');
    expect(readFileSync(path, 'utf8')).toBe('ccccc\n');
  });

  it('counts what an earlier run left in the file', () => {
    const path = join(dir, 'audit.log');
    writeFileSync(path, 'from before\n');
    const f = open(path, 16, 1);
    f.append('new line\n');
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('from before\n');
    expect(readFileSync(path, 'utf8')).toBe('new line\n');
  });

  it('keeps only the live file with keep 0', () => {
    const path = join(dir, 'audit.log');
    const f = open(path, 6, 0);
    f.append('first\n');
    f.append('again\n');
    expect(readdirSync(dir)).toEqual(['audit.log']);
    expect(readFileSync(path, 'utf8')).toBe('again\n');
  });

  it('writes a line longer than maxBytes to a file of its own', () => {
    const path = join(dir, 'audit.log');
    const f = open(path, 4, 1);
    f.append('ok\n');
    f.append('far too long\n');
    expect(readFileSync(path, 'utf8')).toBe('far too long\n');
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('ok\n');
  });

  it('reports a file it cannot open instead of throwing, and writes once it can', () => {
    // A folder where the file should be: open fails whatever the user's rights.
    const path = join(dir, 'audit.log');
    mkdirSync(path);
    const f = open(path, 1024, 1);
    expect(f.append('lost\n')).toBe(false);
    expect(errors).toEqual([['open', expect.stringContaining('EISDIR')]]);
    rmSync(path, { recursive: true });
    expect(f.append('kept\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('kept\n');
  });

  it('reports a failed rotation and goes on appending to the live file', () => {
    const path = join(dir, 'audit.log');
    // A non-empty folder where the rotated file goes: the rename fails, for root too.
    mkdirSync(join(`${path}.1`, 'occupied'), { recursive: true });
    const f = open(path, 6, 1);
    f.append('first\n');
    expect(f.append('second\n')).toBe(true);
    expect(errors.map(([what]) => what)).toEqual(['rotate']);
    expect(readFileSync(path, 'utf8')).toBe('first\nsecond\n');
  });
});
