/**
 * How many of each kind of attachment a case holds, read from the case itself (its totals, its
 * observables, and its `externalReference` comments, which the case view's read includes), and
 * how many match the Attachments tab's search.
 */
import { FILE_ATTACHMENT_TYPE, INDICATOR_ATTACHMENT_TYPE } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import type { AttachmentSectionId } from '../case_view/use_case_view_tab';

export type SectionCounts = Record<AttachmentSectionId, number>;

export interface ExternalReferenceComment {
  id: string;
  version: string;
  type: 'externalReference';
  externalReferenceId: string;
  externalReferenceAttachmentTypeId: string;
  externalReferenceMetadata: Record<string, unknown> | null;
  owner: string;
  created_at: string;
  created_by: { username?: string | null; full_name?: string | null; profile_uid?: string };
}

/** The case's `externalReference` attachments of one sub-type (`.files`, `indicator`). */
export function externalReferencesOf(caseData: Case, subType: string): ExternalReferenceComment[] {
  return ((caseData.comments ?? []) as unknown as Array<Partial<ExternalReferenceComment>>).filter(
    (comment): comment is ExternalReferenceComment => comment.type === 'externalReference' && comment.externalReferenceAttachmentTypeId === subType,
  );
}

/** A file attachment holds its files in its metadata (Kibana writes one per attachment). */
const filesIn = (comment: ExternalReferenceComment): number => {
  const files = (comment.externalReferenceMetadata as { files?: unknown } | null)?.files;
  return Array.isArray(files) ? files.length : 1;
};

export function caseAttachmentCounts(caseData: Case): SectionCounts {
  const totals = caseData as Partial<Pick<Case, 'totalEvents' | 'observables'>> & Case;
  return {
    alerts: caseData.totalAlerts,
    events: totals.totalEvents ?? 0,
    files: externalReferencesOf(caseData, FILE_ATTACHMENT_TYPE).reduce((sum, comment) => sum + filesIn(comment), 0),
    observables: totals.observables?.length ?? 0,
    indicators: externalReferencesOf(caseData, INDICATOR_ATTACHMENT_TYPE).length,
  };
}

export const sumCounts = (counts: SectionCounts): number => Object.values(counts).reduce((sum, n) => sum + n, 0);
