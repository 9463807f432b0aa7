import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { TemplateConfiguration } from '../../../common/types/domain/configure';
import { AddItemButton } from './add_item_button';
import { ConfigurationItemList } from './configuration_item_list';
import { ConfirmDeleteModal } from './confirm_delete_modal';
import type { PageActions } from './page_actions';
import { SettingsSection } from './settings_section';
import { countTemplateFields } from './template_draft';
import { usePendingDeletion } from './use_pending_deletion';

function TemplateRow({ template }: { template: TemplateConfiguration }) {
  const fields = countTemplateFields(template.caseFields);
  return (
    <EuiFlexGroup direction="column" gutterSize="xs" responsive={false}>
      <EuiFlexItem>
        <EuiFlexGroup gutterSize="s" alignItems="center" wrap responsive={false}>
          <EuiFlexItem grow={false} css={{ minWidth: 0 }}>
            <EuiText size="s" css={{ overflowWrap: 'anywhere' }}>
              <strong>{template.name}</strong>
            </EuiText>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiText size="xs" color="subdued" data-test-subj="template-field-count">
              {fields === 1 ? '1 field set' : `${fields} fields set`}
            </EuiText>
          </EuiFlexItem>
          {(template.tags ?? []).map((tag) => (
            <EuiFlexItem grow={false} key={tag}>
              <EuiBadge color="hollow">{tag}</EuiBadge>
            </EuiFlexItem>
          ))}
        </EuiFlexGroup>
      </EuiFlexItem>
      {template.description && (
        <EuiFlexItem>
          <EuiText size="xs" color="subdued" css={{ overflowWrap: 'anywhere' }} data-test-subj="template-description">
            {template.description}
          </EuiText>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

export function TemplatesSection({ templates, max, actions }: { templates: TemplateConfiguration[]; max: number; actions: PageActions }) {
  const deletion = usePendingDeletion<TemplateConfiguration>(
    actions,
    (deleted) => (current) => ({ templates: (current?.templates ?? []).filter((entry) => entry.key !== deleted.key) }),
    'deletion of the template',
  );
  return (
    <SettingsSection
      title="Templates"
      description="Create templates that fill the fields of a new case: an analyst picks one at the top of the create form."
      data-test-subj="templates-section"
    >
      <div>
        <ConfigurationItemList
          items={templates}
          nameOf={(template) => template.name}
          renderItem={(template) => <TemplateRow template={template} />}
          onEdit={(template) => actions.openFlyout({ kind: 'template', item: template })}
          onDelete={deletion.request}
          emptyText="You do not have any templates yet."
          disabled={actions.isSaving}
          testSubjPrefix="template"
        />
        <EuiSpacer size="s" />
        <AddItemButton
          label="Add template"
          noun="templates"
          count={templates.length}
          max={max}
          onClick={() => actions.openFlyout({ kind: 'template' })}
          data-test-subj="add-template"
        />
        {deletion.pending && (
          <ConfirmDeleteModal
            title={`Delete template "${deletion.pending.name}"?`}
            isDeleting={deletion.isDeleting}
            onConfirm={deletion.confirm}
            onCancel={deletion.cancel}
            data-test-subj="delete-template-modal"
          >
            <p>Analysts will no longer find it in the create form. Cases created from it keep their values.</p>
          </ConfirmDeleteModal>
        )}
      </div>
    </SettingsSection>
  );
}
