/**
 * The case's custom fields in the sidebar: each field the owner defines, with its value, edited in
 * place one at a time and saved through Kibana's one-field route with the case's version, so a
 * 409 meets the same callout as every other edit of the case view. Values whose definition an
 * admin removed stay readable below, by key, and cannot be edited (the server no longer knows
 * their field).
 */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EuiButton, EuiButtonEmpty, EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { isEmptyCustomFieldValue } from '../../../common/custom_fields/custom_field_value_error';
import type { Case } from '../../../common/types/domain/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { casesQueryKeys } from '../../containers/query_keys';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { useReplaceCustomField } from '../../containers/use_replace_custom_field';
import { customFieldError } from '../custom_fields/custom_field_error';
import type { CustomFieldFormValue } from '../custom_fields/custom_field_form_values';
import { CustomFieldInput } from '../custom_fields/custom_field_input';
import { CustomFieldValue, type StoredCustomField } from '../custom_fields/custom_field_value';
import { useCaseEdit } from './case_edit_context';

/** The name an edit goes by in the conflict handling: one per field, so two fields never share a pending value. */
const editField = (key: string) => `customField:${key}`;

/** What is sent: a blank text is no value, as in the create form. */
const toRequestValue = (value: CustomFieldFormValue): CustomFieldFormValue => (isEmptyCustomFieldValue(value) ? null : value);

function useSaveCustomField(key: string) {
  const queryClient = useQueryClient();
  const { mutateAsync: replace } = useReplaceCustomField();
  return async (current: Case, value: CustomFieldFormValue) => {
    await replace({ caseId: current.id, customFieldKey: key, caseVersion: current.version, value: toRequestValue(value) });
    // Kibana's answer is the field alone: the case is read again before the edit ends, so the
    // next edit carries the new version and does not meet our own change as a 409.
    await queryClient.refetchQueries({ queryKey: casesQueryKeys.case(current.id), exact: true });
  };
}

function EditableCustomField({ definition, field }: { definition: CustomFieldConfiguration; field: StoredCustomField }) {
  const { run, isSaving, pendingValue, conflict, dismiss, permissions } = useCaseEdit();
  const name = editField(definition.key);
  const pending = pendingValue<CustomFieldFormValue>(name);
  const [editRequested, setIsEditing] = useState(pending !== undefined);
  const isEditing = editRequested && permissions.update;
  const [draft, setDraft] = useState<CustomFieldFormValue>(pending ?? field.value);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const save = useSaveCustomField(definition.key);
  const error = isEditing ? customFieldError(definition, draft) : undefined;
  const testSubj = `case-view-custom-field-${definition.key}`;

  const startEditing = () => {
    // A toggle never set reads as off, as Kibana shows it, so the switch starts from a real value.
    setDraft(definition.type === 'toggle' ? field.value === true : field.value);
    setIsEditing(true);
  };
  const cancel = () => {
    setIsEditing(false);
    if (conflict?.field === name) dismiss();
  };
  const submit = () => {
    if (error) return;
    if (toRequestValue(draft) === field.value) {
      setIsEditing(false);
      return;
    }
    void run({
      field: name,
      label: definition.label,
      value: draft,
      // "Apply again" sends what is in the editor then, typed after the conflict or not.
      send: (current) => save(current, draftRef.current),
      onApplied: () => setIsEditing(false),
    });
  };

  return (
    <div data-test-subj={testSubj}>
      <EuiFlexGroup alignItems="flexStart" justifyContent="spaceBetween" gutterSize="s" responsive={false}>
        <EuiFlexItem>
          {isEditing ? (
            <CustomFieldInput definition={definition} value={draft} onChange={setDraft} error={error} compressed data-test-subj={`${testSubj}-editor`} />
          ) : (
            <CustomFieldValue definition={definition} field={field} data-test-subj={`${testSubj}-value`} />
          )}
        </EuiFlexItem>
        {!isEditing && permissions.update && (
          <EuiFlexItem grow={false}>
            <EuiButtonIcon iconType="pencil" aria-label={`Edit ${definition.label}`} onClick={startEditing} data-test-subj={`${testSubj}-edit-button`} />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      {isEditing && (
        <>
          <EuiSpacer size="s" />
          <EuiFlexGroup gutterSize="s" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" fill isLoading={isSaving(name)} isDisabled={!!error} onClick={submit} data-test-subj={`${testSubj}-submit`}>
                Save
              </EuiButton>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty size="s" onClick={cancel} data-test-subj={`${testSubj}-cancel`}>
                Cancel
              </EuiButtonEmpty>
            </EuiFlexItem>
          </EuiFlexGroup>
        </>
      )}
      <EuiSpacer size="s" />
    </div>
  );
}

/** A value the case holds for a field the owner no longer defines: shown as stored, by key. */
function RemovedCustomFields({ fields }: { fields: StoredCustomField[] }) {
  return (
    <div data-test-subj="case-view-custom-fields-removed">
      <EuiText size="xs" color="subdued">
        <p>No longer configured</p>
      </EuiText>
      <EuiSpacer size="xs" />
      {fields.map((field) => (
        <div key={field.key}>
          <CustomFieldValue field={field} data-test-subj={`case-view-custom-field-removed-${field.key}`} />
          <EuiSpacer size="s" />
        </div>
      ))}
    </div>
  );
}

export function CustomFieldsSection() {
  const { caseData } = useCaseEdit();
  const configuration = useGetCaseConfiguration(caseData.owner);
  // Until the definitions are known, a value cannot be told from one whose field was removed.
  if (configuration.data === undefined) return null;
  const definitions = configuration.data?.customFields ?? [];
  const defined = new Set(definitions.map((definition) => definition.key));
  const removed = caseData.customFields.filter((field) => !defined.has(field.key) && field.value !== null);
  if (definitions.length === 0 && removed.length === 0) return null;

  const stored = new Map(caseData.customFields.map((field) => [field.key, field]));
  return (
    <section data-test-subj="case-view-custom-fields" aria-label="Custom fields">
      <EuiTitle size="xxs">
        <h3>Custom fields</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {definitions.map((definition) => (
        <EditableCustomField
          key={definition.key}
          definition={definition}
          // A case from before the field was defined has no entry: it reads as no value.
          field={stored.get(definition.key) ?? { key: definition.key, type: definition.type, value: null }}
        />
      ))}
      {removed.length > 0 && <RemovedCustomFields fields={removed} />}
      <EuiHorizontalRule margin="m" />
    </section>
  );
}
