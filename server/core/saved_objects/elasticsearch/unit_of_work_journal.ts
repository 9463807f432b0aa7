/**
 * The journal of units of work in flight: one document per unit, in the saved-objects index
 * itself under a reserved type that no plugin registers, so no find or get ever returns it
 * (both resolve types through the plugin registry) and the index's lifecycle covers it. At
 * start, `repairUnitsOfWork` rolls forward every unit whose process died before deleting
 * its journal. See unit_of_work.ts for what a crash at each point leaves.
 */
import { type SavedObjectsType, type SavedObjectTypeRegistry, DEFAULT_NAMESPACE } from '../types';
import { call, type EsContext } from './context';
import { writeDocument } from './document_writes';
import { buildSource, rawId, type RawSource } from './raw_document';
import { applySteps } from './unit_of_work_apply';
import type { JournalStep } from './unit_of_work_plan';

export const JOURNAL_TYPE_NAME = 'core-unit-of-work';

/** Mapped as an unindexed object: the steps are stored, never searched. */
export const JOURNAL_TYPE: SavedObjectsType = {
  name: JOURNAL_TYPE_NAME,
  namespaceType: 'agnostic',
  hidden: true,
  mappings: { dynamic: false, properties: {} },
};

/** Journals repaired per search page at start. */
export const REPAIR_PAGE_SIZE = 100;

interface JournalBody {
  steps: JournalStep[];
}

/** The registry the index is created from: the plugin's types plus the journal's mapping. */
export function withJournalType(registry: SavedObjectTypeRegistry): SavedObjectTypeRegistry {
  if (registry.getType(JOURNAL_TYPE_NAME)) {
    throw new Error(`Saved object type [${JOURNAL_TYPE_NAME}] is reserved for the unit-of-work journal`);
  }
  return { ...registry, getAllTypes: () => [...registry.getAllTypes(), JOURNAL_TYPE] };
}

const journalRawId = (id: string): string => rawId(JOURNAL_TYPE, id, DEFAULT_NAMESPACE);

/** The point after which the unit is rolled forward rather than forgotten. */
export async function writeJournal(ctx: EsContext, steps: JournalStep[]): Promise<string> {
  const id = ctx.generateId();
  const now = ctx.now();
  const body: JournalBody = { steps };
  const document = buildSource({
    type: JOURNAL_TYPE, id, namespace: DEFAULT_NAMESPACE, attributes: body, references: [], createdAt: now, updatedAt: now,
  });
  // Not refreshed: only the repair step searches journals, and it refreshes first. A lost
  // answer is resent and checked, so a journal that was written is never reported as failed.
  await writeDocument(ctx, { _id: journalRawId(id), source: document, action: 'create', refresh: false }, { type: JOURNAL_TYPE_NAME, id });
  return id;
}

export async function deleteJournal(ctx: EsContext, id: string): Promise<void> {
  // Idempotent with 404 ignored, so the transport may resend it.
  await call(ctx, () => ctx.client.delete({ index: ctx.index, id: journalRawId(id), refresh: false }, { ignore: [404] }));
}

/** Oldest first: units applied in the order they were journalled. */
async function leftoverJournals(ctx: EsContext): Promise<Array<{ id: string; steps: JournalStep[] }>> {
  const res = await call(ctx, () =>
    ctx.client.search<RawSource>({
      index: ctx.index,
      query: { bool: { filter: [{ term: { type: JOURNAL_TYPE_NAME } }] } },
      sort: [{ created_at: 'asc' }, { id: 'asc' }],
      size: REPAIR_PAGE_SIZE,
    }),
  );
  return res.hits.hits.flatMap((hit) => {
    const source = hit._source;
    const body = source?.[JOURNAL_TYPE_NAME] as JournalBody | undefined;
    return source && body ? [{ id: source.id, steps: body.steps }] : [];
  });
}

/**
 * Rolls every leftover unit forward and deletes its journal; returns how many. A unit whose
 * steps still fail (a cluster error) keeps its journal, stops the repair and fails the start:
 * serving requests with a half-applied unit would show the half.
 */
export async function repairUnitsOfWork(ctx: EsContext): Promise<number> {
  let repaired = 0;
  for (;;) {
    await call(ctx, () => ctx.client.indices.refresh({ index: ctx.index }));
    const journals = await leftoverJournals(ctx);
    for (const journal of journals) {
      await applySteps(ctx, journal.steps, false);
      await deleteJournal(ctx, journal.id);
      repaired += 1;
      ctx.logger?.warn({ journal: journal.id, steps: journal.steps.length }, 'unit of work rolled forward after an interrupted write');
    }
    if (journals.length < REPAIR_PAGE_SIZE) return repaired;
  }
}
