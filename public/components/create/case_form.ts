/**
 * The create form's values, their validation and the request they become. Validation mirrors
 * the server's codecs (common/types/api/case.ts) with the same limits, so a form that passes
 * here is not refused for its shape there.
 */
import {
  DEFAULT_SEVERITY,
  MAX_ASSIGNEES_PER_CASE,
  MAX_CATEGORY_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_LENGTH_PER_TAG,
  MAX_TAGS_PER_CASE,
  MAX_TITLE_LENGTH,
  type CaseSeverity,
  type Owner,
} from '../../../common/constants';
import { ownerFeaturesOf } from '../../../common/owners/kibana_owner_features';
import type { CasePostRequest } from '../../../common/types/api/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { NONE_CONNECTOR, type CaseConnector } from '../../../common/types/domain/connector';
import { customFieldError } from '../custom_fields/custom_field_error';
import { customFieldFormValue, toCaseCustomFields, type CustomFieldFormValues } from '../custom_fields/custom_field_form_values';

export interface CaseFormValues {
  title: string;
  description: string;
  severity: CaseSeverity;
  tags: string[];
  category: string | null;
  assignees: Array<{ uid: string }>;
  syncAlerts: boolean;
  /** The case's `settings.extractObservables`: observables read from the alerts attached later. */
  extractObservables: boolean;
  /** Only what the user or a template set; a field not here shows its configured default. */
  customFields: CustomFieldFormValues;
  /** The external system and its fields; unset until the user or a template chooses, the owner's default connector until then. */
  connector?: CaseConnector;
}

export type CaseFormField = keyof CaseFormValues;
export type CaseFormErrors = Partial<Record<Exclude<CaseFormField, 'customFields'>, string>> & {
  /** By custom field key. */
  customFields?: Record<string, string>;
};

/** Cases created here belong to Security, as Kibana's Security app creates them. */
export const CREATE_CASE_OWNER: Owner = 'securitySolution';

export const INITIAL_CASE_FORM_VALUES: CaseFormValues = {
  title: '',
  description: '',
  severity: DEFAULT_SEVERITY,
  tags: [],
  category: null,
  assignees: [],
  // The owner's defaults, as the server would fill them in: Security syncs alert statuses and
  // extracts observables from attached alerts.
  syncAlerts: ownerFeaturesOf(CREATE_CASE_OWNER).alerts.syncDefault,
  extractObservables: ownerFeaturesOf(CREATE_CASE_OWNER).observables.autoExtractDefault,
  customFields: {},
};

const tooLong = (what: string, length: number, max: number) =>
  `The ${what} is too long: ${length.toLocaleString('en-US')} characters, the maximum is ${max.toLocaleString('en-US')}.`;

export const MESSAGES = {
  titleRequired: 'A title is required.',
  descriptionRequired: 'A description is required.',
  titleTooLong: (length: number) => tooLong('title', length, MAX_TITLE_LENGTH),
  descriptionTooLong: (length: number) => tooLong('description', length, MAX_DESCRIPTION_LENGTH),
  tooManyTags: `A case can have at most ${MAX_TAGS_PER_CASE} tags.`,
  tagTooLong: `Each tag can be at most ${MAX_LENGTH_PER_TAG} characters long.`,
  emptyTag: 'A tag cannot be empty.',
  categoryTooLong: `The category can be at most ${MAX_CATEGORY_LENGTH} characters long.`,
  tooManyAssignees: `A case can have at most ${MAX_ASSIGNEES_PER_CASE} assignees.`,
};

export interface ValidateCaseFormOptions {
  requireFilled?: boolean;
  customFieldDefinitions?: CustomFieldConfiguration[];
}

/**
 * `requireFilled` is off until the first submit: an empty field is not an error while the
 * user has not got to it yet, but a too-long one is worth saying at once. A template's form
 * never requires anything (Kibana's templates may leave every field blank).
 */
export function validateCaseForm(values: CaseFormValues, { requireFilled = true, customFieldDefinitions = [] }: ValidateCaseFormOptions = {}): CaseFormErrors {
  const errors: CaseFormErrors = {};
  const title = values.title.trim();
  if (title.length > MAX_TITLE_LENGTH) errors.title = MESSAGES.titleTooLong(title.length);
  else if (requireFilled && title.length === 0) errors.title = MESSAGES.titleRequired;

  if (values.description.length > MAX_DESCRIPTION_LENGTH) errors.description = MESSAGES.descriptionTooLong(values.description.length);
  else if (requireFilled && values.description.trim().length === 0) errors.description = MESSAGES.descriptionRequired;

  if (values.tags.length > MAX_TAGS_PER_CASE) errors.tags = MESSAGES.tooManyTags;
  else if (values.tags.some((tag) => tag.trim().length === 0)) errors.tags = MESSAGES.emptyTag;
  else if (values.tags.some((tag) => tag.length > MAX_LENGTH_PER_TAG)) errors.tags = MESSAGES.tagTooLong;

  if (values.category != null && values.category.length > MAX_CATEGORY_LENGTH) errors.category = MESSAGES.categoryTooLong;
  if (values.assignees.length > MAX_ASSIGNEES_PER_CASE) errors.assignees = MESSAGES.tooManyAssignees;
  const customFields = validateCustomFields(values.customFields, customFieldDefinitions, requireFilled);
  if (customFields) errors.customFields = customFields;
  return errors;
}

function validateCustomFields(values: CustomFieldFormValues | undefined, definitions: CustomFieldConfiguration[], requireFilled: boolean) {
  const errors: Record<string, string> = {};
  for (const definition of definitions) {
    const error = customFieldError({ ...definition, required: definition.required && requireFilled }, customFieldFormValue(definition, values));
    if (error) errors[definition.key] = error;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Every configured custom field goes with the case; with none configured the request has no `customFields`, as before settings existed. */
export function toCasePostRequest(values: CaseFormValues, customFieldDefinitions: CustomFieldConfiguration[] = []): CasePostRequest {
  const category = values.category?.trim();
  return {
    title: values.title.trim(),
    description: values.description,
    tags: values.tags,
    severity: values.severity,
    assignees: values.assignees,
    ...(category ? { category } : {}),
    owner: CREATE_CASE_OWNER,
    connector: values.connector ?? NONE_CONNECTOR,
    settings: { syncAlerts: values.syncAlerts, extractObservables: values.extractObservables },
    ...(customFieldDefinitions.length > 0 ? { customFields: toCaseCustomFields(customFieldDefinitions, values.customFields) } : {}),
  };
}
