import { EuiLoadingSpinner, EuiText } from '@elastic/eui';
import { useQuery } from '@tanstack/react-query';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { configureApi } from '../../containers/configure_api';
import { casesQueryKeys } from '../../containers/query_keys';
import { useCore, getErrorMessage } from '../../core';
import { ConfirmDeleteModal } from './confirm_delete_modal';

interface DeleteCustomFieldModalProps {
  owner: string;
  definition: CustomFieldConfiguration;
  isDeleting: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const casesNoun = (count: number) => (count === 1 ? '1 case that holds a value keeps it' : `${count.toLocaleString('en-US')} cases that hold a value keep it`);

/**
 * Names how many cases hold a value before a definition goes: removing it hides it from the
 * form, but those values stay on their cases, readable.
 */
export function DeleteCustomFieldModal({ owner, definition, isDeleting, onConfirm, onCancel }: DeleteCustomFieldModalProps) {
  const { http } = useCore();
  // Not cached: the count is only worth having as it is when the admin decides.
  const usage = useQuery({
    queryKey: casesQueryKeys.customFieldUsage(owner, definition.key),
    queryFn: ({ signal }) => configureApi.customFieldUsage(http, owner, definition.key, signal),
    gcTime: 0,
  });

  let body;
  if (usage.isLoading) body = <EuiLoadingSpinner size="m" aria-label="Counting the cases that hold a value" />;
  else if (usage.isError) body = <p>The number of cases holding a value could not be read ({getErrorMessage(usage.error)}). Cases that hold a value keep it.</p>;
  else body = <p>Removing it hides it from the form; the {casesNoun(usage.data?.cases ?? 0)}.</p>;

  return (
    <ConfirmDeleteModal
      title={`Delete field "${definition.label}"?`}
      isDeleting={isDeleting}
      isConfirmDisabled={usage.isLoading}
      onConfirm={onConfirm}
      onCancel={onCancel}
      data-test-subj="delete-custom-field-modal"
    >
      <EuiText size="s" data-test-subj="delete-custom-field-usage">
        {body}
      </EuiText>
    </ConfirmDeleteModal>
  );
}
