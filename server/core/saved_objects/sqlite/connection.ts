/**
 * Opens the database with the durability and concurrency settings the platform relies on:
 * - WAL: readers never block the writer, and several processes can share the file;
 * - synchronous=FULL: every commit is fsynced, so an acknowledged write survives a power
 *   loss, not only a killed process (NORMAL would lose the last commits on power loss).
 *   It costs one fsync per transaction, which is why bulk writes are single transactions;
 * - busy_timeout: a second process waits for the write lock instead of failing at once.
 */
import Database from 'better-sqlite3';
import type { Db } from './sqlite_context';

const BUSY_TIMEOUT_MS = 10_000;
/** Negative = KiB: 64 MiB of page cache keeps hot index pages of a million rows resident. */
const CACHE_SIZE_KIB = -65_536;
const MMAP_BYTES = 256 * 1024 * 1024;

export function openDatabase(path: string): Db {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = ${CACHE_SIZE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  db.pragma('temp_store = MEMORY');
  return db;
}

/**
 * A read worker's connection to the file the main connection opened: read-only, so it can
 * never take the write lock, and it fails rather than create an empty file. WAL lets it read
 * the last committed snapshot while the main connection writes. Each connection has its own
 * page cache; the memory map is shared through the OS.
 */
export function openReadConnection(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = ${CACHE_SIZE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  db.pragma('temp_store = MEMORY');
  return db;
}

/**
 * Keeps the planner's statistics current. With them it knows that `status = 'open'` matches
 * a third of the rows, picks the most selective index for a count and prefers walking the
 * updated_at index for a sorted page. PRAGMA optimize only analyses tables that grew a lot
 * since their last analysis. The analysis is full (analysis_limit 0): a limited one reads
 * the first rows of each index only, which for a (namespace, status) index means one or two
 * status values, and the estimates then mislead more than they help.
 */
export function refreshStatistics(db: Db): void {
  db.pragma('analysis_limit = 0');
  db.pragma('optimize = 0x10002');
}
