/**
 * The `cases-user-actions` type: the append-only activity log, filtered by case, type and action.
 * Entries export and import as Kibana's (exchange/user_action_exchange.ts), with their case; like
 * Kibana's they are not listed on their own in saved-objects management. Imported entries are
 * checked by the plugin's user-action type registry (pass it; the built-in types otherwise).
 */
import type { SavedObjectsType } from '../core';
import { CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import { createAttachmentTypeRegistry } from '../attachment_framework/built_in';
import { createUserActionTypeRegistry, type UserActionTypeRegistry } from '../client/user_actions/type_registry';
import { ownerExchangeAuthorization, type CasesExchangeServices } from './exchange/exchange_services';
import { createUserActionExchange } from './exchange/user_action_exchange';

export const createUserActionType = (
  exchange: CasesExchangeServices,
  userActionTypes: UserActionTypeRegistry = createUserActionTypeRegistry(createAttachmentTypeRegistry()),
): SavedObjectsType => ({
  name: CASE_USER_ACTION_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: { 1: { description: 'the first shape of a user action' } },
  hidden: true,
  management: {
    importableAndExportable: true,
    visibleInManagement: false,
    authorize: ownerExchangeAuthorization(exchange),
    exchange: createUserActionExchange(userActionTypes),
  },
  mappings: {
    dynamic: false,
    properties: {
      case_id: { type: 'keyword' },
      comment_id: { type: 'keyword' },
      action: { type: 'keyword' },
      type: { type: 'keyword' },
      owner: { type: 'keyword' },
      created_at: { type: 'date' },
      created_by: { properties: { username: { type: 'keyword' }, profile_uid: { type: 'keyword' } } },
      payload: { properties: { comment: { properties: { type: { type: 'keyword' } } } } },
    },
  },
});
