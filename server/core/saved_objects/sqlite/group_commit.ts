/**
 * Group commit: the writes that arrive within one turn of the event loop share one
 * transaction and so one fsync, and each is acknowledged only once that transaction has
 * committed. With synchronous=FULL a commit costs an fsync; fifty concurrent requests that
 * each wrote alone would pay fifty of them, and a case creation writes three times (number,
 * case, activity). Grouped, they pay one per turn, and durability is unchanged: no promise
 * resolves before its data is on disk.
 *
 * Each write runs as a savepoint inside the group (better-sqlite3 nests a transaction
 * function that way when one is open), so a write that throws undoes only itself and the
 * others still commit. Should SQLite roll the whole transaction back on its own (I/O error,
 * disk full), every write of the group is rejected: none of them was acknowledged.
 */
import type { Db } from './sqlite_context';

interface Pending {
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Group {
  pending: Pending[];
}

export class GroupCommit {
  private group: Group | undefined;

  /** `savepoint` runs a function as a transaction, or a savepoint of the open one. */
  constructor(
    private readonly db: Db,
    private readonly savepoint: <R>(fn: () => R) => R = (fn) => db.transaction(fn)(),
  ) {}

  /** Runs `fn` now, in the open group (or a new one), and settles once the group committed. */
  run<R>(fn: () => R): Promise<R> {
    let result: R;
    try {
      this.abandonIfRolledBack();
      const group = this.group ?? this.open();
      try {
        result = this.savepoint(fn);
      } catch (error) {
        this.abandonIfRolledBack(error);
        throw error;
      }
      return new Promise<void>((resolve, reject) => group.pending.push({ resolve, reject })).then(() => result);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Commits the open group now: before closing the database. */
  flush(): void {
    if (this.group) this.commit(this.group);
  }

  private open(): Group {
    this.db.exec('BEGIN IMMEDIATE');
    const group: Group = { pending: [] };
    this.group = group;
    setImmediate(() => this.commit(group));
    return group;
  }

  private commit(group: Group): void {
    if (this.group !== group) return;
    this.group = undefined;
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const p of group.pending) p.reject(error);
      return;
    }
    for (const p of group.pending) p.resolve();
  }

  /** SQLite ended the transaction itself: the group's writes are gone, so say so to each. */
  private abandonIfRolledBack(cause?: unknown): void {
    const group = this.group;
    if (!group || this.db.inTransaction) return;
    this.group = undefined;
    const error = new Error('The write transaction was rolled back by SQLite', { cause });
    for (const p of group.pending) p.reject(error);
  }
}
