/**
 * Setting one custom field of a case (Kibana's replaceCustomField): the case at the version the
 * caller read, the field as its owner defines it, the case and its `customFields` user action
 * written as one unit. Answers the field as stored, as Kibana does; the case's new version is
 * read with the case.
 */
import type { CustomFieldPutRequest } from '../../../common/types/api/custom_field';
import type { CaseAttributes, CaseCustomField } from '../../../common/types/domain/case';
import { withCustomFieldValue } from '../../../common/custom_fields/fill_missing_custom_fields';
import { CASE_CUSTOM_FIELD_MESSAGES } from '../../../common/custom_fields/validate_case_custom_fields';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from '../../../common/custom_fields/custom_field_types';
import { badRequest, conflict } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import { customFieldsConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { updateCaseActions } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';

/** Kibana's wording, word for word: scripts and the browser's conflict handling match on it. */
const staleCase = (id: string) => conflict(`This case ${id} has been updated. Please refresh before saving additional updates.`);

export async function replaceCustomField(args: CasesClientArgs, caseId: string, key: string, request: CustomFieldPutRequest): Promise<CaseCustomField> {
  const original = await args.services.cases.get(caseId);
  // The owner is only known once the case is read; checked before anything about it is told.
  await ensureAuthorizedOnCase(args, Operations.updateCase, original);
  if (original.version !== request.caseVersion) throw staleCase(caseId);

  const definitions = await customFieldsConfiguration(args, original.attributes.owner);
  const definition = definitions.find((d) => d.key === key);
  if (!definition) throw badRequest('cannot find custom field');
  const { value } = request;
  if (value === null && definition.required) throw badRequest('Custom field value cannot be null or undefined.');
  if (value !== null && typeof value !== CUSTOM_FIELD_TYPE_DEFINITIONS[definition.type].valueType) {
    throw badRequest(CASE_CUSTOM_FIELD_MESSAGES.wrongType([definition.label]));
  }

  const field = { key, type: definition.type, value };
  const customFields = withCustomFieldValue(definitions, original.attributes.customFields, field);
  // Nothing to write: a new version would only make the caller's other open editors stale.
  if (original.attributes.customFields.some((held) => held.key === key && held.type === field.type && held.value === value)) {
    return field;
  }
  await writeCustomFields(args, original, customFields);
  return field;
}

async function writeCustomFields(args: CasesClientArgs, original: CaseSavedObject, customFields: CaseAttributes['customFields']): Promise<void> {
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { cases, userActions } = args.services;
  const actions = updateCaseActions({ caseId: original.id, owner: original.attributes.owner, user, createdAt: at }, original.attributes, { customFields });
  await ensureRoomForUserActions(args, new Map([[original.id, actions.length]]));
  try {
    await cases.commit([
      cases.patchOperation({ id: original.id, version: original.version, attributes: { customFields, updated_at: at, updated_by: user } }),
      ...userActions.createOperations(actions),
    ]);
  } catch (error) {
    // Written by someone else between our read and our unit: the same answer as the read-time check.
    if ((error as { statusCode?: number }).statusCode === 409) throw staleCase(original.id);
    throw error;
  }
}
