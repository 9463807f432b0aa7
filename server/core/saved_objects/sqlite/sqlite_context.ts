/**
 * What every SQLite operation needs: the connection, a prepared-statement cache, and the
 * layout of each registered type.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../../logging/types';
import { unsupportedType } from '../errors';
import { GroupCommit } from './group_commit';
import type { TypeSchema } from './type_schema';

export type Db = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement;

/** Find queries differ by shape only; values are parameters, so the texts repeat. */
const MAX_CACHED_STATEMENTS = 1000;

export class SqliteContext {
  private readonly statements = new Map<string, Statement>();
  private readonly groupCommit: GroupCommit;
  /** One transaction function for every call: better-sqlite3 builds a wrapper per function. */
  private readonly inTransaction: BetterSqlite3.Transaction<(fn: () => unknown) => unknown>;

  constructor(
    readonly db: Db,
    readonly schemas: Map<string, TypeSchema>,
    readonly logger?: Logger,
  ) {
    this.inTransaction = db.transaction((fn: () => unknown) => fn());
    this.groupCommit = new GroupCommit(db, (fn) => this.savepoint(fn));
  }

  /** `fn` in a transaction, or in a savepoint of the open one: what throws is undone. */
  savepoint<R>(fn: () => R): R {
    return this.inTransaction(fn) as R;
  }

  schemaOf(type: string): TypeSchema {
    const schema = this.schemas.get(type);
    if (!schema) throw unsupportedType(type);
    return schema;
  }

  stmt(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Writes take the write lock up front, so two processes never deadlock upgrading a read. */
  write<R>(fn: () => R): R {
    return this.inTransaction.immediate(fn) as R;
  }

  /** A write the caller may acknowledge once the promise resolves: see group_commit.ts. */
  writeGrouped<R>(fn: () => R): Promise<R> {
    return this.groupCommit.run(fn);
  }

  /** Commits writes still waiting for their group: before the database closes. */
  flushWrites(): void {
    this.groupCommit.flush();
  }

  /** Reads of several statements see one snapshot. */
  read<R>(fn: () => R): R {
    return this.inTransaction.deferred(fn) as R;
  }
}
