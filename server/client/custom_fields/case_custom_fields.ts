/**
 * The one server-side gate for a case's custom field values, shared by create and patch: read
 * the owner's definitions, refuse what does not fit with Kibana's message, and answer the list
 * to store (defaults and nulls filled in, the configuration's order).
 */
import { caseCustomFieldsProblems } from '../../../common/custom_fields/validate_case_custom_fields';
import { fillMissingCustomFields } from '../../../common/custom_fields/fill_missing_custom_fields';
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { badRequest } from '../../core';
import { currentConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';

/** An owner's definitions, `undefined` when it was never configured. Read once per owner per request. */
export type DefinitionsOf = (owner: string) => Promise<CustomFieldConfiguration[] | undefined>;

export function definitionsReader(args: CasesClientArgs): DefinitionsOf {
  const read = new Map<string, Promise<CustomFieldConfiguration[] | undefined>>();
  return (owner) => {
    if (!read.has(owner)) read.set(owner, currentConfiguration(args, owner).then((so) => so?.attributes.customFields));
    return read.get(owner)!;
  };
}

/**
 * `customFields`: what the request sends (absent on create means none given); `current`: what
 * the case holds, on a patch. Throws 400 with the first problem; nothing has been written yet.
 */
export async function checkedCustomFields(
  args: CasesClientArgs,
  definitionsOf: DefinitionsOf,
  owner: string,
  customFields: CaseAttributes['customFields'],
  current?: CaseAttributes['customFields'],
): Promise<CaseAttributes['customFields']> {
  const definitions = await definitionsOf(owner);
  const [problem] = caseCustomFieldsProblems({ definitions, customFields, current, maxCustomFields: args.config.configure.maxCustomFields });
  if (problem) throw badRequest(problem);
  return fillMissingCustomFields(definitions ?? [], customFields);
}
