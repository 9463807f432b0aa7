/**
 * The rules of a configuration that span entries, shared by POST and PATCH: the owner caps
 * (`xpack.cases.configure.*`), unique keys, observable types apart from the built-in ones, a
 * custom field's type fixed once saved, and templates that pre-fill only configured custom
 * fields with values of their type. Each failure is a 400 with Kibana's message where Kibana
 * has one; the client runs these before it writes anything.
 */
import { badRequest } from '../../core';
import { arrayTooLongMessage } from '../../../common/core/codec';
import { repeatedValues } from '../../../common/core/repeated_values';
import { CASE_CUSTOM_FIELD_MESSAGES } from '../../../common/custom_fields/validate_case_custom_fields';
import { OBSERVABLE_TYPES_BUILTIN } from '../../../common/observables/builtin_observable_types';
import type { CustomFieldConfiguration, ObservableTypeConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';
import type { ResolvedCasesConfig } from '../../config';

/** The lists a request sets; absent ones are left as they are. */
export interface ConfigurationLists {
  customFields?: CustomFieldConfiguration[];
  templates?: TemplateConfiguration[];
  observableTypes?: ObservableTypeConfiguration[];
}

/** Kibana's codec message for an array over its bound, with the owner's configured cap. */
function ensureWithinCap(field: string, list: unknown[] | undefined, cap: number): void {
  if (list && list.length > cap) throw badRequest(arrayTooLongMessage(field, cap));
}

/** Kibana lists the repeated keys joined by a bare comma. */
export function ensureUniqueKeys(fieldName: string, items: Array<{ key: string }> | undefined): void {
  const keys = repeatedValues((items ?? []).map((item) => item.key));
  if (keys.length > 0) throw badRequest(`Invalid duplicated ${fieldName} keys in request: ${keys.join(',')}`);
}

/**
 * Kibana compares observable types by lower-cased key and label, the built-in ones included,
 * and names the offending labels (lower-cased) whichever of the two clashed.
 */
function ensureUniqueObservableTypes(types: ObservableTypeConfiguration[] | undefined): void {
  const keys = new Set(OBSERVABLE_TYPES_BUILTIN.map((type) => type.key.toLowerCase()));
  const labels = new Set(OBSERVABLE_TYPES_BUILTIN.map((type) => type.label.toLowerCase()));
  const clashes = new Set<string>();
  for (const type of types ?? []) {
    const key = type.key.toLowerCase();
    const label = type.label.toLowerCase();
    if (keys.has(key) || labels.has(label)) clashes.add(label);
    keys.add(key);
    labels.add(label);
  }
  if (clashes.size > 0) throw badRequest(`Invalid duplicated observable types in request: ${[...clashes].join(',')}`);
}

/** Values already stored under a key would change meaning with its type, so Kibana fixes it. */
function ensureTypesUnchanged(requested: CustomFieldConfiguration[] | undefined, original: CustomFieldConfiguration[]): void {
  const before = new Map(original.map((field) => [field.key, field.type]));
  const changed = (requested ?? []).filter((field) => before.has(field.key) && before.get(field.key) !== field.type);
  if (changed.length > 0) {
    throw badRequest(`Invalid custom field types in request for the following labels: ${changed.map((f) => `"${f.label}"`).join(', ')}`);
  }
}

/** A required field's default fills cases that leave it out; a null default would fill them with nothing. */
function ensureRequiredDefaults(fields: CustomFieldConfiguration[] | undefined): void {
  const nullDefaults = (fields ?? []).filter((field) => field.required && field.defaultValue === null);
  if (nullDefaults.length > 0) {
    throw badRequest(
      `Required custom fields cannot have a null default value: ${nullDefaults.map((f) => `"${f.label}"`).join(', ')}. ` +
        'Give a default value or leave defaultValue out.',
    );
  }
}

/**
 * A template pre-fills the create form, so each custom field it names must be configured, with
 * its type. (A key repeated within one template is already refused by the case codec.)
 */
export function ensureTemplatesMatchCustomFields(templates: TemplateConfiguration[] | undefined, customFields: CustomFieldConfiguration[]): void {
  const configured = new Map(customFields.map((field) => [field.key, field]));
  (templates ?? []).forEach((template) => {
    const values = template.caseFields?.customFields ?? [];
    if (values.length === 0) return;
    if (customFields.length === 0) throw badRequest(CASE_CUSTOM_FIELD_MESSAGES.notConfigured());
    const unknown = values.filter((value) => !configured.has(value.key)).map((value) => value.key);
    if (unknown.length > 0) throw badRequest(CASE_CUSTOM_FIELD_MESSAGES.unknownKeys(unknown));
    const wrongType = values.flatMap((value) => {
      const field = configured.get(value.key) as CustomFieldConfiguration;
      return field.type === value.type ? [] : [field.label];
    });
    if (wrongType.length > 0) throw badRequest(CASE_CUSTOM_FIELD_MESSAGES.wrongType(wrongType));
  });
}

/**
 * Every rule but the templates' (which need the custom fields in force, known only after the
 * request is merged with what is stored). `original` is the stored configuration on PATCH.
 */
export function validateConfigurationLists(
  config: ResolvedCasesConfig,
  lists: ConfigurationLists,
  original?: { customFields: CustomFieldConfiguration[] },
): void {
  const caps = config.configure;
  ensureWithinCap('customFields', lists.customFields, caps.maxCustomFields);
  ensureWithinCap('templates', lists.templates, caps.maxTemplates);
  ensureWithinCap('observableTypes', lists.observableTypes, caps.maxObservableTypes);
  ensureUniqueKeys('customFields', lists.customFields);
  ensureUniqueKeys('templates', lists.templates);
  ensureUniqueObservableTypes(lists.observableTypes);
  ensureRequiredDefaults(lists.customFields);
  if (original) ensureTypesUnchanged(lists.customFields, original.customFields);
}
