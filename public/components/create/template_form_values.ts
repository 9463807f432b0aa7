/**
 * A template's `caseFields` as the create form's values. Picking a template replaces the
 * form with the template's values, the blank form's for what the template leaves out (Kibana
 * resets its create form and then applies the template); the template itself is not sent.
 * The Settings page's template flyout edits a template through the same values.
 */
import type { TemplateCaseFields } from '../../../common/types/domain/configure';
import { customFieldFormValuesFrom } from '../custom_fields/custom_field_form_values';
import { type CaseFormValues, INITIAL_CASE_FORM_VALUES } from './case_form';

export function caseFormValuesFromTemplate(caseFields: TemplateCaseFields | null | undefined): CaseFormValues {
  const fields = caseFields ?? {};
  return {
    ...INITIAL_CASE_FORM_VALUES,
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    ...(fields.tags !== undefined ? { tags: fields.tags } : {}),
    ...(fields.severity !== undefined ? { severity: fields.severity } : {}),
    ...(fields.category !== undefined ? { category: fields.category } : {}),
    ...(fields.assignees !== undefined ? { assignees: fields.assignees.map(({ uid }) => ({ uid })) } : {}),
    ...(fields.connector !== undefined ? { connector: fields.connector } : {}),
    syncAlerts: fields.settings?.syncAlerts ?? INITIAL_CASE_FORM_VALUES.syncAlerts,
    extractObservables: fields.settings?.extractObservables ?? INITIAL_CASE_FORM_VALUES.extractObservables,
    customFields: customFieldFormValuesFrom(fields.customFields),
  };
}
