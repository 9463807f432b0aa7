/**
 * How Kibana's `persistableState` attachments read in the activity. A `.lens` one (a Lens
 * visualization) reads "added a visualization" and shows its chart (see
 * visualizations/lens_attachment_body.tsx); users who may update the case find "Open
 * visualization" in its menu. Other sub-types read as an attachment. This module loads with the
 * app, so the body, which brings the Lens reader and the chart code, is lazy.
 */
import { lazy } from 'react';
import { LENS_ATTACHMENT_TYPE } from '../../../common/constants';
import type { AnyAttachmentPayload, Attachment } from '../../../common/types/domain/attachment';
import type { AttachmentMenuAction, AttachmentView } from '../../attachment_framework/types';
import { ADDED_VISUALIZATION } from './attachment_wording';
import { isRecord } from '../../../common/visualizations/lens/unknown_value';

const UNTITLED = 'Untitled visualization';

export interface LensSummary {
  title: string;
  visualizationType: string;
  state: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** What the activity names of a `.lens` attachment, or null for anything else. Read leniently: what the server stored was checked there. */
export function lensSummaryOf(attachment: Attachment | AnyAttachmentPayload): LensSummary | null {
  const payload = attachment as { type?: unknown; persistableStateAttachmentTypeId?: unknown; persistableStateAttachmentState?: unknown };
  if (payload.type !== 'persistableState' || payload.persistableStateAttachmentTypeId !== LENS_ATTACHMENT_TYPE) return null;
  const state = isRecord(payload.persistableStateAttachmentState) ? payload.persistableStateAttachmentState : {};
  const attributes = isRecord(state.attributes) ? state.attributes : {};
  return {
    title: text(attributes.title) ?? UNTITLED,
    visualizationType: text(attributes.visualizationType) ?? 'unknown',
    state,
  };
}

/** Kibana's item (and its `lensApp` icon, so its tests find `property-actions-user-action-lensApp`). */
export const OPEN_VISUALIZATION_ACTION: AttachmentMenuAction = { id: 'openVisualization', iconType: 'lensApp', label: 'Open visualization' };

export const persistableStateView: AttachmentView = {
  // An edit is an update of the attachment: it reads as one, as an edited comment does.
  event: (attachment) => (lensSummaryOf(attachment) ? `${ADDED_VISUALIZATION}${attachment.updated_at ? ' (edited)' : ''}` : 'added an attachment'),
  Body: lazy(() => import('../visualizations/lens_attachment_body')),
  noun: 'an attachment',
  nounOf: (attachment) => {
    const lens = lensSummaryOf(attachment);
    return lens ? `visualization ${lens.title}` : null;
  },
  editable: false,
  tab: 'activity',
  actions: (attachment, { canUpdate }) => (canUpdate && lensSummaryOf(attachment) ? [OPEN_VISUALIZATION_ACTION] : []),
};
