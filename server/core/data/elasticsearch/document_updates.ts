/**
 * Field changes and deletes by id, in batches, through `_update_by_query` / `_delete_by_query`
 * (a Kibana alias may span several backing indices, so there is no single index to address a
 * bulk update to). A version conflict aborts a batch: someone else wrote one of its documents
 * meanwhile. Skipping it (`conflicts: proceed`) would lose a case id, so the batch runs again
 * on fresh documents, a bounded number of times; the scripts are idempotent, so documents the
 * aborted run already changed are noops the second time.
 */
import { errors, type Client, type estypes, type TransportRequestOptions } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { toHttpError } from '../../saved_objects/elasticsearch/es_errors';
import { TOLERATE_MISSING_INDEX } from './document_search';

/** As Cases' ALERT_UPDATE_BATCH_SIZE (core cannot import common/): one `ids` query per thousand alerts. */
export const UPDATE_BATCH_SIZE = 1_000;
export const MAX_CONFLICT_RETRIES = 5;
/** Removing a case id from every alert of a space is one request over the whole index. */
export const WHOLE_INDEX_TIMEOUT_MS = 10 * 60_000;

export interface ByQueryTarget {
  client: Client;
  index: string;
  logger?: Logger;
}

interface ByQueryResponse {
  updated?: number;
  deleted?: number;
  version_conflicts?: number;
  failures?: Array<{ cause?: { type?: string; reason?: string }; status?: number; id?: string }>;
}

type Operation = { kind: 'update'; script: estypes.Script } | { kind: 'delete' };

/** The counters of an aborted run, which Elasticsearch reports in the 409 body. */
function conflictBody(e: unknown): ByQueryResponse | undefined {
  if (!(e instanceof errors.ResponseError) || e.meta.statusCode !== 409) return undefined;
  const body = e.meta.body as ByQueryResponse | undefined;
  const conflicted = body?.failures?.some((f) => f.cause?.type === 'version_conflict_engine_exception') ?? false;
  return conflicted ? body : undefined;
}

function firstFailure(res: ByQueryResponse): HttpError | undefined {
  const failure = res.failures?.[0];
  if (!failure) return undefined;
  const reason = failure.cause?.reason ?? failure.cause?.type ?? 'unknown cause';
  return new HttpError(500, `Changing ${res.failures?.length} documents failed, first [${failure.id ?? '?'}]: ${reason}`);
}

function request(target: ByQueryTarget, op: Operation, query: estypes.QueryDslQueryContainer, run: RunOptions) {
  const common = { index: target.index, ...TOLERATE_MISSING_INDEX, query, refresh: run.refresh };
  const transport: TransportRequestOptions = run.requestTimeout ? { requestTimeout: run.requestTimeout } : {};
  return op.kind === 'update'
    ? target.client.updateByQuery({ ...common, script: op.script }, transport)
    : target.client.deleteByQuery(common, transport);
}

/**
 * `refresh` on the request rather than a `_refresh` call: the latter needs the `maintenance`
 * privilege, which a Kibana-like role on the alert indices does not have.
 */
export interface RunOptions {
  refresh: boolean;
  requestTimeout?: number;
}

/** One query run to completion: retried on conflicts, counting what every attempt changed. */
export async function runByQuery(
  target: ByQueryTarget,
  op: Operation,
  query: estypes.QueryDslQueryContainer,
  run: RunOptions,
): Promise<number> {
  let changed = 0;
  for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
    try {
      const res = (await request(target, op, query, run)) as ByQueryResponse;
      const failed = firstFailure(res);
      if (failed) throw failed;
      return changed + (res.updated ?? 0) + (res.deleted ?? 0);
    } catch (e) {
      const aborted = conflictBody(e);
      if (!aborted) throw toHttpError(e, undefined, target.logger);
      changed += (aborted.updated ?? 0) + (aborted.deleted ?? 0);
      target.logger?.debug(`Version conflict on [${target.index}], attempt ${attempt + 1}; running the batch again`);
    }
  }
  throw new HttpError(409, `Documents of [${target.index}] kept changing during the update; try again`);
}

/** Runs `op` on the documents with these ids, batch after batch; the last batch makes it all searchable. */
export async function runByIds(target: ByQueryTarget, ids: string[], op: Operation): Promise<number> {
  const unique = [...new Set(ids)];
  let changed = 0;
  for (let start = 0; start < unique.length; start += UPDATE_BATCH_SIZE) {
    const batch = unique.slice(start, start + UPDATE_BATCH_SIZE);
    const last = start + UPDATE_BATCH_SIZE >= unique.length;
    changed += await runByQuery(target, op, { ids: { values: batch } }, { refresh: last });
  }
  return changed;
}
