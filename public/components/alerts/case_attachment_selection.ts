/**
 * What the add-to-case dialogs put on a case: selected alerts or events from the table, or the
 * Alerts page's chart. The dialogs only pick or create the case; the selection says how it is
 * named in their sentences and which attachments it becomes once the case (and so its owner) is known.
 */
import type { Owner } from '../../../common/constants';
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import type { AlertSummary } from '../../containers/alerts_api';
import { lensAttachmentRequest, type VisualizationToAdd } from '../../containers/use_add_visualization';
import { documentNoun, toAttachments, type DocumentKind } from './alert_attachments';

export interface CaseAttachmentSelection {
  /** The dialogs' and the toast's name for it: "3 alerts", `Visualization "Alerts by rule"`. */
  summary: string;
  /** What follows "the" in a sentence: "alerts", "events", "visualization". */
  noun: string;
  attachments: (owner: Owner) => AttachmentRequest[];
  /**
   * Selected alerts or events: a case already holding every one is not offered. Other
   * attachments (a chart) may be added to a case any number of times, so they carry none.
   */
  documents?: { kind: DocumentKind; ids: string[] };
}

export function documentsSelection(kind: DocumentKind, documents: AlertSummary[]): CaseAttachmentSelection {
  return {
    summary: documentNoun(kind, documents.length),
    noun: `${kind}s`,
    attachments: (owner) => toAttachments(kind, documents, owner),
    documents: { kind, ids: documents.map((document) => document.id) },
  };
}

/** A chart as Kibana's `.lens` attachment; `title` is the chart's, for the sentences. */
export function visualizationSelection(visualization: VisualizationToAdd, title: string): CaseAttachmentSelection {
  return {
    summary: `Visualization "${title}"`,
    noun: 'visualization',
    attachments: (owner) => [lensAttachmentRequest(visualization, owner)],
  };
}
