/**
 * The indicators a case holds, from its `indicator` attachments: what the attachment's metadata
 * says (name, type, feed), and what the Attachments tab's search matches (name, type, feed or
 * the document id, case-insensitive).
 */
import { INDICATOR_ATTACHMENT_TYPE } from '../../../common/constants';
import { INDICATOR_EMPTY_VALUE } from '../../../common/indicators/indicators_api';
import type { Case } from '../../../common/types/domain/case';
import { externalReferencesOf, type ExternalReferenceComment } from '../case_attachments/case_attachment_counts';

export interface AttachedIndicator {
  /** The attachment's id (what removing deletes). */
  commentId: string;
  /** The indicator document's id. */
  indicatorId: string;
  name: string;
  type: string;
  feed: string;
  attachedAt: string;
}

const text = (value: unknown): string => (typeof value === 'string' && value.length > 0 ? value : INDICATOR_EMPTY_VALUE);

const toAttached = (comment: ExternalReferenceComment): AttachedIndicator => {
  const metadata = comment.externalReferenceMetadata ?? {};
  return {
    commentId: comment.id,
    indicatorId: comment.externalReferenceId,
    name: text(metadata.indicatorName),
    type: text(metadata.indicatorType),
    feed: text(metadata.indicatorFeedName),
    attachedAt: comment.created_at,
  };
};

export const attachedIndicatorsOf = (caseData: Case): AttachedIndicator[] => externalReferencesOf(caseData, INDICATOR_ATTACHMENT_TYPE).map(toAttached);

export function filterIndicators(indicators: readonly AttachedIndicator[], search: string): AttachedIndicator[] {
  const needle = search.trim().toLowerCase();
  if (needle === '') return [...indicators];
  return indicators.filter((indicator) => [indicator.name, indicator.type, indicator.feed, indicator.indicatorId].some((value) => value.toLowerCase().includes(needle)));
}
