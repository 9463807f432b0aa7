import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { formatCustomFieldValue } from '../custom_fields/custom_field_value';
import { AddItemButton } from './add_item_button';
import { ConfigurationItemList } from './configuration_item_list';
import { DeleteCustomFieldModal } from './delete_custom_field_modal';
import { SettingsSection } from './settings_section';
import type { PageActions } from './page_actions';
import { usePendingDeletion } from './use_pending_deletion';

interface CustomFieldsSectionProps {
  owner: string;
  customFields: CustomFieldConfiguration[];
  /** How many fields the server accepts (xpack.cases.configure.maxCustomFields). */
  max: number;
  actions: PageActions;
}

function CustomFieldRow({ field }: { field: CustomFieldConfiguration }) {
  const hasDefault = field.defaultValue !== undefined && field.defaultValue !== null;
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
      <EuiFlexItem grow={false} css={{ minWidth: 0 }}>
        <EuiText size="s" css={{ overflowWrap: 'anywhere' }}>
          <strong>{field.label}</strong>
        </EuiText>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiBadge color="hollow">{CUSTOM_FIELD_TYPE_DEFINITIONS[field.type].label}</EuiBadge>
      </EuiFlexItem>
      {field.required && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="primary">Required</EuiBadge>
        </EuiFlexItem>
      )}
      {hasDefault && (
        <EuiFlexItem grow={false} css={{ minWidth: 0 }}>
          <EuiText size="xs" color="subdued" css={{ overflowWrap: 'anywhere' }} data-test-subj="custom-field-default">
            Default: {formatCustomFieldValue({ type: field.type, value: field.defaultValue ?? null })}
          </EuiText>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

export function CustomFieldsSection({ owner, customFields, max, actions }: CustomFieldsSectionProps) {
  const deletion = usePendingDeletion<CustomFieldConfiguration>(
    actions,
    (deleted) => (current) => ({ customFields: (current?.customFields ?? []).filter((field) => field.key !== deleted.key) }),
    'deletion of the field',
  );

  return (
    <SettingsSection
      title="Custom fields"
      description="Add fields that every case of this solution can fill: they appear in the create form's Additional fields and in the case view."
      data-test-subj="custom-fields-section"
    >
      <div>
        <ConfigurationItemList
          items={customFields}
          nameOf={(field) => field.label}
          renderItem={(field) => <CustomFieldRow field={field} />}
          onEdit={(field) => actions.openFlyout({ kind: 'customField', item: field })}
          onDelete={deletion.request}
          emptyText="You do not have any fields yet."
          disabled={actions.isSaving}
          testSubjPrefix="custom-field"
        />
        <EuiSpacer size="s" />
        <AddItemButton
          label="Add field"
          noun="custom fields"
          count={customFields.length}
          max={max}
          onClick={() => actions.openFlyout({ kind: 'customField' })}
          data-test-subj="add-custom-field"
        />
        {deletion.pending && (
          <DeleteCustomFieldModal
            owner={owner}
            definition={deletion.pending}
            isDeleting={deletion.isDeleting}
            onConfirm={deletion.confirm}
            onCancel={deletion.cancel}
          />
        )}
      </div>
    </SettingsSection>
  );
}
