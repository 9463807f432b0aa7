/**
 * Kibana's unified attachments (`cases-attachments`, its attachments v2 behind a feature flag):
 * a user comment is `{ type: 'comment', data: { content } }` there. It imports here as the
 * `cases-comments` user comment it is. Other unified types have no equivalent yet: they come
 * through unchanged in shape, so the comment type's import refuses them by name, for that object
 * alone (an alias must never throw: it runs while the file is read).
 */
import { CASE_COMMENT_SAVED_OBJECT } from '../../../common/constants';
import type { ExchangeDocument } from '../../core';
import { COMMENT_EXPORT_VERSION } from './comment_exchange';

export const UNIFIED_ATTACHMENT_SAVED_OBJECT = 'cases-attachments';

export function unifiedAttachmentToComment(document: ExchangeDocument): ExchangeDocument {
  const { type, data, ...rest } = document.attributes as { type?: unknown; data?: { content?: unknown } };
  const attributes = type === 'comment' && typeof data?.content === 'string' ? { ...rest, type: 'user', comment: data.content } : document.attributes;
  // Stamped with the shape it now has: Kibana's comment migrations are for older comments, not for these.
  return { ...document, type: CASE_COMMENT_SAVED_OBJECT, attributes, typeMigrationVersion: COMMENT_EXPORT_VERSION, migrationVersion: undefined };
}
