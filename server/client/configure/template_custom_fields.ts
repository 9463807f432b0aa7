/**
 * Keeps templates in step with the custom fields in force, as Kibana does on PATCH: a value
 * for a field that no longer exists is dropped, and a field a template does not mention is
 * added with the field's default (a toggle's empty value is `false`, the others' `null`). The
 * create form then always receives one value per configured field.
 */
import type { CustomFieldConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';

type TemplateCustomField = NonNullable<NonNullable<TemplateConfiguration['caseFields']>['customFields']>[number];

const emptyValue = (field: CustomFieldConfiguration) => (field.type === 'toggle' ? false : null);

export function alignTemplateCustomFields(templates: TemplateConfiguration[], customFields: CustomFieldConfiguration[]): TemplateConfiguration[] {
  const configured = new Set(customFields.map((field) => field.key));
  return templates.map((template) => {
    const kept = (template.caseFields?.customFields ?? []).filter((value) => configured.has(value.key));
    const present = new Set(kept.map((value) => value.key));
    const added: TemplateCustomField[] = customFields
      .filter((field) => !present.has(field.key))
      .map((field) => ({ key: field.key, type: field.type, value: field.defaultValue ?? emptyValue(field) }));
    const aligned = [...kept, ...added];
    // A template that never named a custom field and has none to name stays as it was sent.
    if (aligned.length === 0 && !template.caseFields?.customFields) return template;
    return { ...template, caseFields: { ...template.caseFields, customFields: aligned } };
  });
}
