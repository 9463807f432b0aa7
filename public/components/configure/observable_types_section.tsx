import { EuiSpacer, EuiText } from '@elastic/eui';
import type { ObservableTypeConfiguration } from '../../../common/types/domain/configure';
import { AddItemButton } from './add_item_button';
import { ConfigurationItemList } from './configuration_item_list';
import { ConfirmDeleteModal } from './confirm_delete_modal';
import type { PageActions } from './page_actions';
import { SettingsSection } from './settings_section';
import { usePendingDeletion } from './use_pending_deletion';

export function ObservableTypesSection({ observableTypes, max, actions }: { observableTypes: ObservableTypeConfiguration[]; max: number; actions: PageActions }) {
  const deletion = usePendingDeletion<ObservableTypeConfiguration>(
    actions,
    (deleted) => (current) => ({ observableTypes: (current?.observableTypes ?? []).filter((type) => type.key !== deleted.key) }),
    'deletion of the observable type',
  );
  return (
    <SettingsSection
      title="Observable types"
      description="Add types of observables beyond the built-in ones (IP, hash, URL, …) for analysts to record on cases."
      data-test-subj="observable-types-section"
    >
      <div>
        <ConfigurationItemList
          items={observableTypes}
          nameOf={(entry) => entry.label}
          renderItem={(entry) => (
            <EuiText size="s" css={{ overflowWrap: 'anywhere' }}>
              <strong>{entry.label}</strong>
            </EuiText>
          )}
          onEdit={(entry) => actions.openFlyout({ kind: 'observableType', item: entry })}
          onDelete={deletion.request}
          emptyText="You do not have any custom observable types yet."
          disabled={actions.isSaving}
          testSubjPrefix="observable-type"
        />
        <EuiSpacer size="s" />
        <AddItemButton
          label="Add observable type"
          noun="observable types"
          count={observableTypes.length}
          max={max}
          onClick={() => actions.openFlyout({ kind: 'observableType' })}
          data-test-subj="add-observable-type"
        />
        {deletion.pending && (
          <ConfirmDeleteModal
            title={`Delete observable type "${deletion.pending.label}"?`}
            isDeleting={deletion.isDeleting}
            onConfirm={deletion.confirm}
            onCancel={deletion.cancel}
            data-test-subj="delete-observable-type-modal"
          >
            <p>Analysts will no longer be able to pick it. Observables already recorded with it keep it.</p>
          </ConfirmDeleteModal>
        )}
      </div>
    </SettingsSection>
  );
}
