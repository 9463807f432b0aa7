/** Every saved-object type of the Cases plugin, in registration order. */
import { createCaseType } from './cases';
import { createAttachmentTypeRegistry } from '../attachment_framework/built_in';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';
import { createCommentType } from './comments';
import { configureType } from './configure';
import { createCasesExchangeServices, type CasesExchangeServices } from './exchange/exchange_services';
import { fileType } from './files';
import { idCounterType } from './id_counter';
import { createUserActionType } from './user_actions';
import { createUserActionTypeRegistry, type UserActionTypeRegistry } from '../client/user_actions/type_registry';

/**
 * The comments type's mappings come from the registered attachment types; the export and import
 * hooks of cases, comments and user actions reach storage and authorization through `exchange`,
 * which the plugin fills in at start.
 */
export const createCasesSavedObjectTypes = (
  attachmentTypes: AttachmentTypeRegistry,
  exchange: CasesExchangeServices,
  // Imported user actions are checked against every registered type, other plugins' included.
  userActionTypes: UserActionTypeRegistry = createUserActionTypeRegistry(attachmentTypes),
) => [
  createCaseType(exchange),
  createCommentType(attachmentTypes, exchange),
  createUserActionType(exchange, userActionTypes),
  idCounterType,
  configureType,
  fileType,
];

/**
 * With the attachment types the plugin ships, for tools that only store objects (the bench's data
 * generator): their export and import hooks are never started and answer 503.
 */
export const casesSavedObjectTypes = createCasesSavedObjectTypes(createAttachmentTypeRegistry(), createCasesExchangeServices());
