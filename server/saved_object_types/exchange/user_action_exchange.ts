/**
 * How `cases-user-actions` travel: as Kibana's persisted user actions. We store `case_id` and
 * `comment_id` beside the case reference; Kibana has references only (`associated-cases`, and
 * `associated-cases-comments` on a comment's actions). Export drops the attributes and writes
 * the references; import derives both from the references as the importer rewrote them, so a
 * case imported as a new copy keeps its log, pointing at its copied comments. An entry without
 * its case reference belongs to nothing and is refused; one whose payload our codecs refuse is
 * refused with their message.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { CASE_COMMENT_SAVED_OBJECT } from '../../../common/constants';
import { formatErrors } from '../../../common/core/codec';
import { OwnerRt } from '../../../common/types/domain/enums';
import { USER_ACTION_ACTIONS, type StoredUserActionAttributes } from '../../../common/types/domain/user_action';
import { UserRt } from '../../../common/types/domain/user';
import { ImportDocumentError, type SavedObjectExchange } from '../../core';
import type { UserActionTypeRegistry } from '../../client/user_actions/type_registry';
import { caseReference } from '../../services/attachment_service';
import { COMMENT_REF_NAME, caseIdOf, exportedCaseReferences } from './comment_references';
import { findReferenceId, isRecord } from './kibana_values';
import { userActionMigrations } from './user_action_migrations';
import { userActionPayloadFromKibana, userActionPayloadToKibana } from './user_action_payload';

/**
 * Kibana's user actions have model versions 1 (the baseline), 2 (an optional `source`, which we
 * do not write) and 3 (a mapping): what we write is model version 1's shape, the oldest stamp a
 * Kibana with model versions for this type reads without migrating it again.
 */
export const USER_ACTION_EXPORT_VERSION = '10.1.0';

const CommonRt = t.type({
  action: t.keyof(Object.fromEntries(USER_ACTION_ACTIONS.map((action) => [action, null])) as Record<(typeof USER_ACTION_ACTIONS)[number], null>),
  created_at: t.string,
  created_by: UserRt,
  owner: OwnerRt,
});

/** Only the user fields we keep (Kibana's may carry more). */
function userOf(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { email, full_name: fullName, username, profile_uid: profileUid } = value;
  return { email: email ?? null, full_name: fullName ?? null, username: username ?? null, ...(typeof profileUid === 'string' ? { profile_uid: profileUid } : {}) };
}

export function createUserActionExchange(userActionTypes: UserActionTypeRegistry): SavedObjectExchange {
  return {
    exportVersion: USER_ACTION_EXPORT_VERSION,
    requiredReferenceTypes: ['cases'],
    migrations: userActionMigrations,

    toExport(object) {
      const { case_id: caseId, comment_id: commentId, type, payload, action, created_at, created_by, owner } = object.attributes as StoredUserActionAttributes;
      const converted = userActionPayloadToKibana(type, payload as Record<string, unknown>);
      const commentReference = typeof commentId === 'string' ? [{ type: CASE_COMMENT_SAVED_OBJECT, name: COMMENT_REF_NAME, id: commentId }] : [];
      const stored = exportedCaseReferences(object.references, caseId).filter((reference) => reference.name !== COMMENT_REF_NAME);
      return {
        attributes: { action, created_at, created_by, owner, payload: converted.payload, type },
        references: [...stored, ...commentReference, ...converted.references],
      };
    },

    toImport(document) {
      const caseId = caseIdOf(document);
      const attributes = document.attributes;
      const common = CommonRt.decode({ action: attributes.action, created_at: attributes.created_at, created_by: userOf(attributes.created_by), owner: attributes.owner });
      if (isLeft(common)) throw new ImportDocumentError(`Invalid user action: ${formatErrors(common.left)}`);
      const type = attributes.type;
      if (typeof type !== 'string') throw new ImportDocumentError('A user action needs a string "type"');
      if (!isRecord(attributes.payload)) throw new ImportDocumentError(`The ${type} user action has no payload`);
      const payload = userActionPayloadFromKibana(type, attributes.payload, document.references);
      try {
        userActionTypes.validate({ type, payload });
      } catch (error) {
        throw new ImportDocumentError((error as Error).message);
      }
      const commentId = findReferenceId(document.references, COMMENT_REF_NAME, CASE_COMMENT_SAVED_OBJECT) ?? null;
      const stored = { ...common.right, type, payload, comment_id: commentId, case_id: caseId } as StoredUserActionAttributes;
      return { attributes: stored as unknown as Record<string, unknown>, references: caseReference(caseId) };
    },
  };
}
