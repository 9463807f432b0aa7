/**
 * A unit of work on Elasticsearch, which has no multi-document transaction. All or nothing is
 * reached by rolling forward: once a unit is journalled it will be applied in full, now or
 * by the repair step at the next start.
 *
 *   1. check   types, ids and one mget of every object: 404, 409 and 400 fail here, before
 *              any write (unit_of_work_plan.ts).
 *   2. count   the unit's counters, in order: each is an atomic scripted upsert, and only now
 *              are the creates' attributes final.
 *   3. journal one document holding every resolved step (full documents, final ids, the
 *              sequence numbers each update was computed from): the commit point.
 *   4. apply   one `_bulk` of idempotent steps (unit_of_work_apply.ts), refreshed as asked.
 *   5. forget  delete the journal.
 *
 * What a crash (process killed, cluster unreachable) at each point leaves:
 * - during 1: nothing was written.
 * - during or after 2, before 3 is acknowledged: counters were incremented and the unit is
 *   lost. The only trace is a gap in the sequence (a case number never used); no object of
 *   the unit exists. Counters never hand out a value twice.
 * - during 4: some objects of the unit are written, others not, until the repair step at the
 *   next start of any process on this index rolls the journal forward. Until then a reader
 *   may see the half. The caller got an error or nothing, never a success.
 * - during 5: everything is applied; the repair step applies it again, which changes nothing
 *   unless another writer updated the same keys of an object in between, in which case the
 *   unit's values are set again (the one lost update this design allows).
 * Between 1 and 4 another writer may update an object the unit updates: the unit's patch is
 * then set on top of that write (as an update without version would), rather than failing.
 * A create of a given id racing another create of the same id keeps the other's document.
 */
import { checkUnit, counterResult } from '../unit_of_work';
import type { UnitOfWorkOperation, UnitOfWorkOptions, UnitOfWorkResult } from '../types';
import type { EsContext } from './context';
import { incrementCounter } from './increment_counter';
import { toSavedObject } from './raw_document';
import { applySteps, type StepOutcome } from './unit_of_work_apply';
import { deleteJournal, writeJournal } from './unit_of_work_journal';
import { buildSteps, checkOperations, type CheckedOperation, type JournalStep } from './unit_of_work_plan';

async function runCounters(
  ctx: EsContext,
  operations: UnitOfWorkOperation[],
  options: UnitOfWorkOptions,
): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  for (const op of operations) {
    if (op.kind !== 'incrementCounter') continue;
    const value = await incrementCounter(ctx, op.type, op.id, op.field, { namespace: options.namespace, initial: op.initial });
    values.set(op.name, value);
  }
  return values;
}

function toResult(op: UnitOfWorkOperation, step: JournalStep | undefined, outcome: StepOutcome | undefined, counters: Map<string, number>): UnitOfWorkResult {
  if (op.kind === 'incrementCounter') return counterResult(op.name, counters.get(op.name) as number);
  if (op.kind === 'delete') return { kind: 'delete', type: op.type, id: op.id };
  if (!step || step.op === 'delete') throw new Error(`unit of work: no step for operation on [${op.type}]`);
  const source = outcome?.source ?? step.source;
  return { kind: op.kind, object: toSavedObject(source, outcome?.seqNo, outcome?.primaryTerm) };
}

export async function unitOfWork(
  ctx: EsContext,
  operations: UnitOfWorkOperation[],
  options: UnitOfWorkOptions = {},
): Promise<UnitOfWorkResult[]> {
  checkUnit(operations);
  const checked = await checkOperations(ctx, operations, options);
  const counters = await runCounters(ctx, operations, options);
  const writes = checked.filter((c): c is CheckedOperation => c !== undefined);
  const steps = buildSteps(writes, counters, options, ctx.now());
  let outcomes: StepOutcome[] = [];
  if (steps.length > 0) {
    const journal = await writeJournal(ctx, steps);
    outcomes = await applySteps(ctx, steps, options.refresh);
    try {
      await deleteJournal(ctx, journal);
    } catch (e) {
      // Applied in full; the repair step will find the journal and apply it again harmlessly.
      ctx.logger?.warn({ err: e, journal }, 'unit of work: journal not deleted');
    }
  }
  let next = 0;
  return operations.map((op) => {
    if (op.kind === 'incrementCounter') return toResult(op, undefined, undefined, counters);
    const index = next++;
    return toResult(op, steps[index], outcomes[index], counters);
  });
}
