import { EuiFlexGroup, EuiFlexItem, EuiText, EuiToolTip } from '@elastic/eui';
import type { CaseCustomField } from '../../../common/types/domain/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';

/** A value as a case stores it. */
export type StoredCustomField = CaseCustomField;

export const NOT_DEFINED = 'Not defined';
export const REMOVED_DEFINITION_HINT = 'This field is no longer in the case settings; its value is kept on the case.';

/** How a stored value reads, wherever one is shown as text (a case's sidebar, a list column). */
export function formatCustomFieldValue(field: Pick<StoredCustomField, 'type' | 'value'>): string {
  if (field.value === null || field.value === undefined || field.value === '') return NOT_DEFINED;
  if (field.type === 'toggle') return field.value === true ? 'On' : 'Off';
  if (typeof field.value === 'number') return field.value.toLocaleString('en-US', { useGrouping: false });
  return String(field.value);
}

export interface CustomFieldValueProps {
  /** Absent when an admin removed the field after the case got its value. */
  definition?: CustomFieldConfiguration;
  field: StoredCustomField;
  'data-test-subj'?: string;
}

/** A custom field's label and value, read-only. A removed definition shows the key instead of the label, and says why. */
export function CustomFieldValue({ definition, field, ...rest }: CustomFieldValueProps) {
  const testSubj = rest['data-test-subj'] ?? `custom-field-value-${field.key}`;
  const empty = field.value === null || field.value === '';
  return (
    <EuiFlexGroup direction="column" gutterSize="xs" responsive={false} data-test-subj={testSubj}>
      <EuiFlexItem grow={false}>
        <EuiText size="xs" data-test-subj={`${testSubj}-label`}>
          <strong>{definition?.label ?? field.key}</strong>
          {definition ? null : (
            <EuiToolTip content={REMOVED_DEFINITION_HINT}>
              <span data-test-subj={`${testSubj}-removed`} tabIndex={0}>
                {' '}
                (removed from settings)
              </span>
            </EuiToolTip>
          )}
        </EuiText>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiText size="s" color={empty ? 'subdued' : undefined} data-test-subj={`${testSubj}-text`}>
          {formatCustomFieldValue(field)}
        </EuiText>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
