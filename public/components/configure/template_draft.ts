/**
 * The template flyout's values: the template's own name, description and tags, and the case
 * fields it pre-fills, held as the create form holds them (CaseFormValues), so the same fields
 * component edits both. The checks are the server's (common/types/api/configure.ts).
 */
import {
  MAX_TAGS_PER_TEMPLATE,
  MAX_TEMPLATE_DESCRIPTION_LENGTH,
  MAX_TEMPLATE_NAME_LENGTH,
  MAX_TEMPLATE_TAG_LENGTH,
} from '../../../common/constants';
import { isEmptyCustomFieldValue } from '../../../common/custom_fields/custom_field_value_error';
import type { CustomFieldConfiguration, TemplateCaseFields, TemplateConfiguration } from '../../../common/types/domain/configure';
import { type CaseFormErrors, type CaseFormValues, INITIAL_CASE_FORM_VALUES, validateCaseForm } from '../create/case_form';
import { caseFormValuesFromTemplate } from '../create/template_form_values';

export interface TemplateDraft {
  key: string;
  name: string;
  description: string;
  tags: string[];
  caseFields: CaseFormValues;
}

export interface TemplateDraftErrors {
  name?: string;
  description?: string;
  tags?: string;
  caseFields?: CaseFormErrors;
}

export const TEMPLATE_MESSAGES = {
  nameRequired: 'A name is required.',
  nameTooLong: `The name can be at most ${MAX_TEMPLATE_NAME_LENGTH} characters long.`,
  descriptionTooLong: `The description can be at most ${MAX_TEMPLATE_DESCRIPTION_LENGTH.toLocaleString('en-US')} characters long.`,
  tooManyTags: `A template can have at most ${MAX_TAGS_PER_TEMPLATE} tags.`,
  tagTooLong: `Each tag can be at most ${MAX_TEMPLATE_TAG_LENGTH} characters long.`,
};

export function newTemplateDraft(key: string): TemplateDraft {
  return { key, name: '', description: '', tags: [], caseFields: INITIAL_CASE_FORM_VALUES };
}

/** The create form's conversion, so a template edits here exactly as it fills a new case there. */
export function templateDraftFrom(template: TemplateConfiguration): TemplateDraft {
  return {
    key: template.key,
    name: template.name,
    description: template.description ?? '',
    tags: template.tags ?? [],
    caseFields: caseFormValuesFromTemplate(template.caseFields),
  };
}

export function validateTemplateDraft(draft: TemplateDraft, definitions: CustomFieldConfiguration[]): TemplateDraftErrors {
  const errors: TemplateDraftErrors = {};
  const name = draft.name.trim();
  if (name.length === 0) errors.name = TEMPLATE_MESSAGES.nameRequired;
  else if (name.length > MAX_TEMPLATE_NAME_LENGTH) errors.name = TEMPLATE_MESSAGES.nameTooLong;
  if (draft.description.length > MAX_TEMPLATE_DESCRIPTION_LENGTH) errors.description = TEMPLATE_MESSAGES.descriptionTooLong;
  if (draft.tags.length > MAX_TAGS_PER_TEMPLATE) errors.tags = TEMPLATE_MESSAGES.tooManyTags;
  else if (draft.tags.some((tag) => tag.length > MAX_TEMPLATE_TAG_LENGTH)) errors.tags = TEMPLATE_MESSAGES.tagTooLong;
  const caseFields = validateCaseForm(draft.caseFields, { requireFilled: false, customFieldDefinitions: definitions });
  if (Object.keys(caseFields).length > 0) errors.caseFields = caseFields;
  return errors;
}

/**
 * Only what the admin set is pre-filled: a blank title stays the analyst's to write, and a
 * custom field the template leaves alone keeps its configured default in the create form.
 */
function toTemplateCaseFields(values: CaseFormValues, definitions: CustomFieldConfiguration[]): TemplateCaseFields {
  const category = values.category?.trim();
  const customFields = definitions
    .filter((definition) => Object.prototype.hasOwnProperty.call(values.customFields, definition.key))
    .map((definition) => ({ key: definition.key, type: definition.type, value: values.customFields[definition.key] }))
    .filter((field) => !isEmptyCustomFieldValue(field.value) && !(typeof field.value === 'number' && Number.isNaN(field.value)));
  return {
    ...(values.title.trim() ? { title: values.title.trim() } : {}),
    ...(values.description.trim() ? { description: values.description } : {}),
    ...(values.tags.length > 0 ? { tags: values.tags } : {}),
    severity: values.severity,
    ...(category ? { category } : {}),
    ...(values.assignees.length > 0 ? { assignees: values.assignees } : {}),
    settings: { syncAlerts: values.syncAlerts },
    ...(customFields.length > 0 ? { customFields: customFields as TemplateCaseFields['customFields'] } : {}),
  };
}

export function toTemplateConfiguration(draft: TemplateDraft, definitions: CustomFieldConfiguration[]): TemplateConfiguration {
  const description = draft.description.trim();
  return {
    key: draft.key,
    name: draft.name.trim(),
    ...(description ? { description: draft.description } : {}),
    tags: draft.tags,
    caseFields: toTemplateCaseFields(draft.caseFields, definitions),
  };
}

/** What the list says a template fills: each case field it sets (settings aside), each custom field one. */
export function countTemplateFields(caseFields: TemplateCaseFields | null | undefined): number {
  if (!caseFields) return 0;
  const { settings: _settings, customFields, ...rest } = caseFields;
  const plain = Object.values(rest).filter((value) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0));
  return plain.length + (customFields ?? []).filter((field) => field.value !== null).length;
}
