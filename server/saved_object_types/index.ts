/** Every saved-object type of the Cases plugin, in registration order. */
import { caseType } from './cases';
import { createAttachmentTypeRegistry } from '../attachment_framework/built_in';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';
import { createCommentType } from './comments';
import { configureType } from './configure';
import { fileType } from './files';
import { idCounterType } from './id_counter';
import { userActionType } from './user_actions';

/** The comments type's mappings come from the registered attachment types. */
export const createCasesSavedObjectTypes = (attachmentTypes: AttachmentTypeRegistry) => [caseType, createCommentType(attachmentTypes), userActionType, idCounterType, configureType, fileType];

/** With the attachment types the plugin ships. */
export const casesSavedObjectTypes = createCasesSavedObjectTypes(createAttachmentTypeRegistry());
