/**
 * A read worker: its own read-only connection to the store, answering the requests of
 * read_requests.ts one at a time. It receives the registered types as data (a worker cannot
 * receive functions) and builds the same table layouts from them; rows go back unconverted,
 * since model-version migrations are functions and run on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SavedObjectsType } from '../types';
import { openReadConnection } from './connection';
import { runReadRequest, type ReadRequest } from './read_requests';
import { SqliteContext } from './sqlite_context';
import { buildTypeSchema, type TypeSchema } from './type_schema';
import type { WorkerData, WorkerReply } from './read_worker_protocol';

/** The parts of a type a query reads: no functions (model versions, export hooks) survive a message. */
function schemasOf(types: WorkerData['types']): Map<string, TypeSchema> {
  return new Map(types.map((type) => [type.name, buildTypeSchema(type as SavedObjectsType)]));
}

/** Blocks the thread as a query that never ends would: for tests of the time budget. */
function stall(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

function serializeError(error: unknown): WorkerReply['error'] {
  const e = error as { message?: unknown; name?: unknown; statusCode?: unknown; code?: unknown };
  return {
    message: typeof e?.message === 'string' ? e.message : String(error),
    name: typeof e?.name === 'string' ? e.name : 'Error',
    statusCode: typeof e?.statusCode === 'number' ? e.statusCode : undefined,
    code: typeof e?.code === 'string' ? e.code : undefined,
  };
}

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('read_worker runs as a worker thread');
  const data = workerData as WorkerData;
  const ctx = new SqliteContext(openReadConnection(data.path), schemasOf(data.types));
  port.on('message', (message: { id: number; request: ReadRequest; stall?: boolean }) => {
    let reply: WorkerReply;
    try {
      if (message.stall) stall();
      reply = { id: message.id, result: runReadRequest(ctx, message.request) };
    } catch (error) {
      reply = { id: message.id, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

main();
