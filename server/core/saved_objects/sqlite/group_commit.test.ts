import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from './connection';
import { GroupCommit } from './group_commit';
import type { Db } from './sqlite_context';

describe('GroupCommit', () => {
  let dir: string;
  let db: Db;
  let other: Db;
  let commits: number;
  let group: GroupCommit;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    db = openDatabase(join(dir, 'g.sqlite'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
    other = new Database(join(dir, 'g.sqlite'), { readonly: true });
    commits = 0;
    const exec = db.exec.bind(db);
    jest.spyOn(db, 'exec').mockImplementation((text: string) => {
      if (text === 'COMMIT') commits++;
      return exec(text);
    });
    group = new GroupCommit(db);
  });

  afterEach(() => {
    other.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (v: string) => () => db.prepare('INSERT INTO t (v) VALUES (?)').run(v).lastInsertRowid;
  const committed = () => other.prepare('SELECT v FROM t ORDER BY id').pluck().all();

  it('commits the writes of one turn together, once', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((v) => group.run(insert(v))));
    expect(results).toEqual([1, 2, 3]);
    expect(commits).toBe(1);
    expect(committed()).toEqual(['a', 'b', 'c']);
  });

  it('acknowledges a write only after its data is committed', async () => {
    let acknowledged = false;
    const write = group.run(insert('a')).then(() => {
      acknowledged = true;
      // Another connection sees what was acknowledged.
      expect(committed()).toEqual(['a']);
    });
    expect(committed()).toEqual([]);
    await Promise.resolve();
    expect(acknowledged).toBe(false);
    await write;
    expect(acknowledged).toBe(true);
  });

  it('undoes a failing write only, and commits the others of its group', async () => {
    const first = group.run(insert('a'));
    const failing = group.run(() => {
      insert('b')();
      insert('a')(); // UNIQUE violation: the whole write, `b` included, is undone
    });
    const third = group.run(insert('c'));
    const [a, f, c] = await Promise.allSettled([first, failing, third]);
    expect(f).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/UNIQUE/) } });
    expect([a, c]).toEqual([{ status: 'fulfilled', value: 1 }, { status: 'fulfilled', value: 2 }]);
    expect(committed()).toEqual(['a', 'c']);
  });

  it('rejects every write of a group that SQLite rolled back', async () => {
    const first = group.run(insert('a'));
    // What SQLite does on an I/O error or a full disk: the whole transaction ends.
    const rolledBack = group.run(() => db.exec('ROLLBACK'));
    const after = group.run(insert('b'));
    const [a, r, b] = await Promise.allSettled([first, rolledBack, after]);
    expect(a).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/rolled back/) } });
    expect(r.status).toBe('rejected');
    expect(b).toEqual({ status: 'fulfilled', value: 1 });
    expect(committed()).toEqual(['b']);
  });

  it('commits a waiting group on flush, before the database closes', async () => {
    const write = group.run(insert('a'));
    group.flush();
    expect(committed()).toEqual(['a']);
    await expect(write).resolves.toBe(1);
  });
});
