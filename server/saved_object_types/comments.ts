/**
 * The `cases-comments` type (attachments). `case_id` duplicates the case reference as a plain
 * keyword so that comment counts for a page of cases are one terms aggregation. The fields every
 * attachment has are mapped here; each registered attachment type adds the fields its queries
 * read. Only what a query reads is mapped: each mapped field is an index every comment write updates.
 *
 * Comments export and import as Kibana's (exchange/comment_exchange.ts), with their case; like
 * Kibana's they are not listed on their own in saved-objects management.
 */
import type { SavedObjectsType } from '../core';
import { CASE_COMMENT_SAVED_OBJECT } from '../../common/constants';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';
import { createCommentExchange } from './exchange/comment_exchange';
import { ownerExchangeAuthorization, type CasesExchangeServices } from './exchange/exchange_services';
import { UNIFIED_ATTACHMENT_SAVED_OBJECT, unifiedAttachmentToComment } from './exchange/unified_attachment';

export const createCommentType = (attachmentTypes: AttachmentTypeRegistry, exchange: CasesExchangeServices): SavedObjectsType => ({
  name: CASE_COMMENT_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: { 1: { description: 'the first shape of a case attachment' } },
  hidden: true,
  management: {
    importableAndExportable: true,
    visibleInManagement: false,
    authorize: ownerExchangeAuthorization(exchange),
    exchange: createCommentExchange(attachmentTypes),
    importAliases: { [UNIFIED_ATTACHMENT_SAVED_OBJECT]: unifiedAttachmentToComment },
  },
  // Read when storage starts, after every plugin's setup: attachment types registered by
  // plugins set up after Cases still add their fields.
  get mappings() {
    return {
      dynamic: false as const,
      properties: {
        ...attachmentTypes.mappings(),
        case_id: { type: 'keyword' as const },
        type: { type: 'keyword' as const },
        owner: { type: 'keyword' as const },
        created_at: { type: 'date' as const },
      },
    };
  },
});
