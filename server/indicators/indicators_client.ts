/**
 * The indicators source's methods of the CasesClient: ingest, as alerts are ingested (each item
 * on its own, one bulk write, idempotent on the id), and the "Add indicator" picker's find.
 * Indicators are Security's documents, as alerts are, under the same privileges: ingest is the
 * pipeline's (`ingestAlerts`), reading is a case reader's.
 */
import { f, type DocumentIndexClient, type FilterNode } from '../core';
import { flattenDocument } from '../../common/alerts/alert_fields';
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../common/constants';
import { INDICATOR_FIELDS, indicatorName } from '../../common/indicators/indicator_fields';
import { INDICATOR_EMPTY_VALUE, type IndicatorsFindRequest, type IndicatorsFindResponse } from '../../common/indicators/indicators_api';
import type { IngestItemResult, IngestResponse } from '../../common/types/api/alerts';
import { ensureAuthorized, Operations } from '../client/authorization';
import { ALERTS_OWNER } from '../client/alerts_source/documents_of';
import type { CasesClientArgs } from '../client/types';
import { indicatorIndexDefinition, INDICATOR_SEARCH_FIELDS } from './indicator_index';
import { prepareIndicator } from './prepare_indicator';

/** Alerts' operations until indicators have rows of their own (same privileges; the audit names differ). */
export const INDICATOR_OPERATIONS = { write: Operations.ingestIndicators, read: Operations.findIndicators };

export async function ingestIndicators(args: CasesClientArgs, index: DocumentIndexClient, documents: unknown[]): Promise<IngestResponse> {
  const started = performance.now();
  await ensureAuthorized(args, INDICATOR_OPERATIONS.write, [ALERTS_OWNER]);
  const definition = indicatorIndexDefinition();
  const items: IngestItemResult[] = new Array(documents.length);
  const valid: Array<{ at: number; id: string; document: Record<string, unknown> }> = [];
  documents.forEach((input, at) => {
    const checked = prepareIndicator(input, definition);
    if (checked.ok) valid.push({ at, id: checked.id, document: checked.document });
    else items[at] = { id: checked.id, status: 'error', error: { reason: checked.reason } };
  });
  const stored = valid.length === 0 ? [] : await index.bulkCreate(valid.map((v) => v.document));
  stored.forEach((result, i) => {
    const { at, id } = valid[i];
    items[at] = result.status === 'error' ? { id, status: 'error', error: { reason: result.error.message } } : { id, status: result.status };
  });
  return { took: Math.round(performance.now() - started), errors: items.some((item) => item.status === 'error'), items };
}

export async function findIndicators(args: CasesClientArgs, index: DocumentIndexClient, request: IndicatorsFindRequest): Promise<IndicatorsFindResponse> {
  await ensureAuthorized(args, INDICATOR_OPERATIONS.read, [ALERTS_OWNER]);
  const page = request.page ?? DEFAULT_PAGE;
  const perPage = request.perPage ?? DEFAULT_PER_PAGE;
  const filters: FilterNode[] = [
    ...(request.type && request.type.length > 0 ? [f.terms(INDICATOR_FIELDS.type, request.type)] : []),
    ...(request.ids && request.ids.length > 0 ? [f.terms(INDICATOR_FIELDS.id, request.ids)] : []),
  ];
  const search = request.search?.trim();
  const found = await index.search({
    filter: filters.length > 1 ? f.and(...filters) : filters[0],
    ...(search ? { search, searchFields: INDICATOR_SEARCH_FIELDS } : {}),
    sort: [{ field: INDICATOR_FIELDS.timestamp, order: 'desc' }],
    page,
    perPage,
  });
  return {
    page,
    per_page: perPage,
    total: found.total,
    indicators: found.hits.map((hit) => ({
      id: hit._id,
      index: hit._index,
      name: indicatorName(hit._source, hit._id) ?? INDICATOR_EMPTY_VALUE,
      fields: flattenDocument(hit._source),
    })),
  };
}

export function createIndicatorsClient(args: CasesClientArgs, index: () => DocumentIndexClient) {
  return {
    ingest: (documents: unknown[]) => ingestIndicators(args, index(), documents),
    find: (request: IndicatorsFindRequest) => findIndicators(args, index(), request),
  };
}
