/**
 * Applies journalled steps: once right after the journal is written, and again by the repair
 * step for a unit whose process died before it finished. Every step may run any number of
 * times with the same end state, which is what makes rolling forward safe:
 * - a create of a fresh id is `create`; a 409 means an earlier run already wrote it;
 *   with `overwrite` it is `index` of the same document;
 * - an update is `index` of the resolved document guarded by the sequence numbers it was
 *   computed from; a 409 means someone (an earlier run, or another writer) wrote since, and
 *   the patch's top-level keys are set again on the newer document unless they already hold
 *   the unit's values;
 * - a delete that finds nothing was already done.
 */
import { isDeepStrictEqual } from 'node:util';
import { isHttpError } from '../../errors';
import type { RefreshOption } from '../types';
import { bulkOutcome } from './bulk_results';
import { refreshParam, requireType, type EsContext } from './context';
import { sendBulk, writeDocument } from './document_writes';
import type { RawSource } from './raw_document';
import { readCurrent, type CurrentDocument } from './read_operations';
import type { JournalStep } from './unit_of_work_plan';
import { applyPatch, UPDATE_ATTEMPTS } from './update_operations';
import { backoff, isConflict } from './write_retry';

/** Where a step left its object: the document and its sequence numbers, or nothing (deleted). */
export interface StepOutcome {
  source?: RawSource;
  seqNo?: number;
  primaryTerm?: number;
}

type UpdateStep = Extract<JournalStep, { op: 'update' }>;

function bulkAction(step: JournalStep): unknown[] {
  switch (step.op) {
    case 'create':
      return [{ [step.overwrite ? 'index' : 'create']: { _id: step._id } }, step.source];
    case 'update':
      return [{ index: { _id: step._id, if_seq_no: step.seqNo, if_primary_term: step.primaryTerm } }, step.source];
    case 'delete':
      return [{ delete: { _id: step._id } }];
  }
}

/** The unit's values are already on the document: its patched keys and, if given, references. */
function holdsPatch(current: RawSource, step: UpdateStep): boolean {
  const have = (current[step.type] ?? {}) as Record<string, unknown>;
  const want = (step.source[step.type] ?? {}) as Record<string, unknown>;
  const keys = Object.keys(step.patch.attributes as Record<string, unknown>);
  if (!keys.every((key) => isDeepStrictEqual(have[key], want[key]))) return false;
  return step.patch.references === undefined || isDeepStrictEqual(current.references ?? [], step.source.references ?? []);
}

const fromCurrent = (current: CurrentDocument): StepOutcome => ({
  source: current.source,
  seqNo: current.seqNo,
  primaryTerm: current.primaryTerm,
});

/** Someone wrote the object after the unit read it: set the patch again on what is there now. */
async function reapplyUpdate(ctx: EsContext, step: UpdateStep, refresh: RefreshOption | undefined): Promise<StepOutcome> {
  const type = requireType(ctx, step.type);
  const namespace = step.source.namespaces?.[0] ?? step.source.namespace ?? 'default';
  for (let attempt = 1; ; attempt++) {
    let current: CurrentDocument;
    try {
      current = await readCurrent(ctx, type, step.id, namespace);
    } catch (e) {
      if (!isHttpError(e) || e.statusCode !== 404) throw e;
      // Deleted by another writer after the unit's check: the delete stands.
      ctx.logger?.warn({ type: step.type, id: step.id }, 'unit of work: object deleted before its update was applied');
      return {};
    }
    if (holdsPatch(current.source, step)) return fromCurrent(current);
    const source = applyPatch(current.source, type, step.patch, step.source.updated_at);
    try {
      const guard = { seqNo: current.seqNo, primaryTerm: current.primaryTerm };
      const written = await writeDocument(
        ctx,
        { _id: step._id, source, action: 'index', guard, refresh: refreshParam(refresh) },
        { type: step.type, id: step.id },
      );
      return { source, ...written };
    } catch (e) {
      if (attempt >= UPDATE_ATTEMPTS || !isConflict(e)) throw e;
      await backoff(attempt);
    }
  }
}

async function settle(
  ctx: EsContext,
  step: JournalStep,
  item: Parameters<typeof bulkOutcome>[0],
  refresh: RefreshOption | undefined,
): Promise<StepOutcome> {
  const outcome = bulkOutcome(item, { type: step.type, id: step.id });
  if (outcome.ok) {
    return step.op === 'delete' ? {} : { source: step.source, seqNo: outcome.seqNo, primaryTerm: outcome.primaryTerm };
  }
  const status = outcome.error.statusCode;
  if (step.op === 'delete' && status === 404) return {};
  if (step.op === 'create' && status === 409) {
    return fromCurrent(await readCurrent(ctx, requireType(ctx, step.type), step.id, step.source.namespaces?.[0] ?? 'default'));
  }
  if (step.op === 'update' && (status === 409 || status === 404)) return reapplyUpdate(ctx, step, refresh);
  throw outcome.error;
}

/** One `_bulk` for every step, then the few items that need a second look, in order. */
export async function applySteps(ctx: EsContext, steps: JournalStep[], refresh?: RefreshOption): Promise<StepOutcome[]> {
  if (steps.length === 0) return [];
  // Every step is idempotent, so a bulk resent after a lost answer settles like a repair run.
  const answer = await sendBulk(ctx, steps.flatMap(bulkAction), refreshParam(refresh));
  const outcomes: StepOutcome[] = [];
  for (const [i, step] of steps.entries()) outcomes.push(await settle(ctx, step, answer.items[i], refresh));
  return outcomes;
}
