/**
 * Ingest of ECS alert or event documents: each item checked on its own, the valid ones stored
 * in one bulk write, idempotent on the id (a stored id is reported `exists` and left as it was).
 * The answer lists every item in request order, as Elasticsearch's bulk API does.
 */
import type { IngestItemResult, IngestResponse } from '../../../common/types/api/alerts';
import { validateDocument } from '../../alerts/validate_document';
import { ensureAuthorized } from '../authorization';
import type { CasesClientArgs } from '../types';
import { ALERTS_OWNER, documentsOf, type DocumentKind } from './documents_of';

export async function ingestDocuments(args: CasesClientArgs, kind: DocumentKind, documents: unknown[]): Promise<IngestResponse> {
  const started = performance.now();
  const { service, rules, operations } = documentsOf(args, kind);
  await ensureAuthorized(args, operations.write, [ALERTS_OWNER]);

  const items: IngestItemResult[] = new Array(documents.length);
  const valid: Array<{ at: number; id: string; document: Record<string, unknown> }> = [];
  documents.forEach((input, at) => {
    const checked = validateDocument(input, rules);
    if (checked.ok) valid.push({ at, id: checked.id, document: checked.document });
    else items[at] = { id: checked.id, status: 'error', error: { reason: checked.reason } };
  });

  const stored = await service.bulkCreate(valid.map((v) => v.document));
  stored.forEach((result, i) => {
    const { at, id } = valid[i];
    items[at] = result.status === 'error' ? { id, status: 'error', error: { reason: result.error.message } } : { id, status: result.status };
  });
  return { took: Math.round(performance.now() - started), errors: items.some((item) => item.status === 'error'), items };
}
