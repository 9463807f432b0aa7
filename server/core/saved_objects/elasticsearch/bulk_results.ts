/** Reading one item of a `_bulk` response: its new version, or the error the contract reports for it. */
import type { estypes } from '@elastic/elasticsearch';
import type { HttpError } from '../../errors';
import { statusToHttpError, type ObjectTarget } from './es_errors';

export type BulkOutcome =
  | { ok: true; seqNo?: number; primaryTerm?: number; result?: string }
  | { ok: false; error: HttpError };

export function bulkOutcome(
  item: Partial<Record<estypes.BulkOperationType, estypes.BulkResponseItem>> | undefined,
  target: ObjectTarget,
): BulkOutcome {
  const result = item ? Object.values(item)[0] : undefined;
  if (!result) return { ok: false, error: statusToHttpError(500, undefined, target) };
  // A delete of a missing document is a 404 without an `error` object.
  if (result.error || result.status >= 300) {
    return { ok: false, error: statusToHttpError(result.status, result.error ?? undefined, target) };
  }
  return { ok: true, seqNo: result._seq_no, primaryTerm: result._primary_term, result: result.result };
}
