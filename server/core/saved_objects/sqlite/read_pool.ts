/**
 * Heavy reads off the event loop. better-sqlite3 is synchronous: a find that takes seconds
 * on the main connection holds every other request for as long. The pool runs finds and
 * finder pages on worker threads, each with its own read-only connection (WAL lets them read
 * beside the writer), so the main thread keeps serving reads by id, writes and health.
 *
 * Each read has a time budget. Past it the caller gets a 503 at once and the worker is
 * terminated; a fresh one takes its place. Termination stops JavaScript, not SQLite: a
 * statement already inside SQLite runs to its end before the thread exits. Such threads
 * count against a cap (twice the pool size, live and exiting together), so repeated
 * expensive queries cannot pile up threads: past the cap, reads wait for one to exit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { HttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { invalidQuery } from '../errors';
import type { ReadRequest, ReadResponse, ReadRunner } from './read_requests';
import type { WorkerData, WorkerError, WorkerReply, WorkerType } from './read_worker_protocol';

export interface ReadPoolOptions {
  path: string;
  types: WorkerType[];
  /** Worker threads; at least 1 (a pool of 0 is no pool: see mainThreadReader). */
  size: number;
  /** How long one read may run in its worker. */
  queryTimeoutMs: number;
  logger?: Logger;
  /** Test-only: requests for which the worker blocks as a query that never ends would. */
  stall?: (request: ReadRequest) => boolean;
}

interface Job {
  id: number;
  request: ReadRequest;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  retired: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export const queryTimedOut = (ms: number): HttpError =>
  new HttpError(
    503,
    `The query took longer than its time budget of ${ms} ms (savedObjects.sqlite.queryTimeout) and was cancelled. ` +
      'Narrow it: fewer or longer search terms, more filters, or a smaller page.',
  );

const closedError = () => new Error('The SQLite saved-objects backend is not started');

function rebuildError(error: WorkerError): Error {
  if (error.statusCode !== undefined) return new HttpError(error.statusCode, error.message);
  const rebuilt = Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
  rebuilt.name = error.name;
  return rebuilt;
}

/** The compiled worker in a build; from the TypeScript sources, through a loader (tests). */
function startWorker(data: WorkerData): Worker {
  const compiled = join(__dirname, 'read_worker.js');
  if (existsSync(compiled)) return new Worker(compiled, { workerData: data });
  return new Worker(join(__dirname, 'ts_worker_loader.js'), { workerData: { ...data, entry: join(__dirname, 'read_worker.ts') } });
}

export class ReadPool implements ReadRunner {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  /** Terminated workers whose thread has not exited yet. */
  private readonly exiting = new Set<Promise<number>>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: ReadPoolOptions) {
    if (!Number.isInteger(opts.size) || opts.size < 1) throw new Error(`A read pool needs at least one worker, got [${opts.size}]`);
  }

  run<R extends ReadRequest>(request: R): Promise<ReadResponse<R>> {
    if (this.closed) return Promise.reject(closedError());
    return new Promise<ReadResponse<R>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Workers ready or starting now: for tests and the log. */
  get workerCount(): number {
    return this.slots.size;
  }

  /** Fails what waits, ends every worker, and resolves once every thread has exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closedError());
    for (const slot of [...this.slots]) {
      const job = slot.job;
      this.retire(slot);
      job?.reject(closedError());
    }
    await Promise.all([...this.exiting]);
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    let starting = [...this.slots].filter((slot) => !slot.ready).length;
    const { size } = this.opts;
    while (this.queue.length > starting && this.slots.size < size && this.slots.size + this.exiting.size < size * 2) {
      this.spawn();
      starting++;
    }
  }

  private spawn(): void {
    const worker = startWorker({ path: this.opts.path, types: this.opts.types });
    const slot: Slot = { worker, ready: false, retired: false };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply | { ready: true }) => this.onMessage(slot, reply));
    worker.on('error', (error) => this.onFailure(slot, error));
    worker.on('exit', (code) => this.onFailure(slot, new Error(`A read worker exited with code ${code}`)));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.onTimeout(slot), this.opts.queryTimeoutMs);
    try {
      slot.worker.postMessage({ id: job.id, request: job.request, stall: this.opts.stall?.(job.request) || undefined });
    } catch {
      // Only plain data crosses to a worker; anything else is not a query.
      this.release(slot);
      job.reject(invalidQuery('find options must be plain data'));
      this.pump();
    }
  }

  /** The slot is free again; an idle worker never keeps the process alive. */
  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
  }

  private onMessage(slot: Slot, reply: WorkerReply | { ready: true }): void {
    if (slot.retired) return;
    if ('ready' in reply) {
      slot.ready = true;
      slot.worker.unref();
      this.pump();
      return;
    }
    const job = slot.job;
    if (!job || reply.id !== job.id) return;
    this.release(slot);
    if (reply.error) job.reject(rebuildError(reply.error));
    else job.resolve(reply.result);
    this.pump();
  }

  private onTimeout(slot: Slot): void {
    const job = slot.job;
    if (slot.retired || !job) return;
    this.retire(slot);
    this.opts.logger?.warn(`saved objects: a ${job.request.op} passed its ${this.opts.queryTimeoutMs} ms budget; its read worker was ended`);
    job.reject(queryTimedOut(this.opts.queryTimeoutMs));
    this.pump();
  }

  /** A worker that failed (an error, or an exit nobody asked for) is replaced on demand. */
  private onFailure(slot: Slot, error: Error): void {
    if (slot.retired) return;
    const { job, ready } = slot;
    this.retire(slot);
    this.opts.logger?.error(`saved objects: a read worker failed: ${error.message}`);
    job?.reject(error);
    // A worker that cannot even start fails what waits, rather than leave it waiting forever.
    if (!ready) for (const waiting of this.queue.splice(0)) waiting.reject(error);
    this.pump();
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const exited = slot.worker.terminate();
    this.exiting.add(exited);
    const gone = () => {
      this.exiting.delete(exited);
      this.pump();
    };
    exited.then(gone, gone);
  }
}
