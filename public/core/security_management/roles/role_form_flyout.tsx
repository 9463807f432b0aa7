import { FlyoutFrame, FormFlyoutFooter, ReservedNotice } from '../form_flyout';
import { type FormEvent, useState } from 'react';
import {
  EuiBadge,
  EuiButtonEmpty,
  EuiFieldText,
  EuiFlyout,
  EuiForm,
  EuiFormRow,
  EuiLoadingSpinner,
  EuiSpacer,
  EuiTextArea,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { useSpaces } from '../../containers/use_spaces';
import { LoadErrorCallout } from '../load_error_callout';
import { ServerErrorCallout } from '../server_error_callout';
import { type FeatureSummary, isReservedRole, type Role, type RoleInput } from '../types';
import { useFeatures } from '../use_security';
import { PrivilegeEntryEditor } from './privilege_entry_editor';
import { emptyEntry } from './role_privileges_form';
import { hasRoleErrors, initialRoleValues, type RoleFormErrors, type RoleFormValues, toRoleInput, validateRoleForm } from './role_validation';

export interface RoleFormFlyoutProps {
  /** The role to edit (or, when reserved, to view); absent when creating one. */
  role?: Role;
  existingNames: string[];
  isSaving: boolean;
  serverError?: string;
  onSave(name: string, input: RoleInput): void;
  onClose(): void;
}

/** The form needs the features to read the role's privileges: it waits for them. */
export function RoleFormFlyout(props: RoleFormFlyoutProps) {
  const features = useFeatures();
  const titleId = useGeneratedHtmlId({ prefix: 'roleFormTitle' });
  const title = !props.role ? 'Create role' : isReservedRole(props.role) ? `Role '${props.role.name}'` : `Edit role '${props.role.name}'`;
  const closeOnly = (
    <EuiButtonEmpty onClick={props.onClose} data-test-subj="roleFormCancel">
      Close
    </EuiButtonEmpty>
  );
  return (
    // Wide enough for a feature row and its four choices side by side at 1024 px; no wider on big screens.
    <EuiFlyout onClose={props.onClose} size="l" maxWidth={880} ownFocus aria-labelledby={titleId} data-test-subj="roleFormFlyout">
      {features.data ? (
        <RoleForm {...props} titleId={titleId} title={title} features={features.data} />
      ) : (
        <FlyoutFrame titleId={titleId} title={title} footer={closeOnly}>
          {features.error ? (
            <LoadErrorCallout what="features" error={features.error} testSubj="featuresLoadError" />
          ) : (
            <EuiLoadingSpinner size="l" data-test-subj="featuresLoading" />
          )}
        </FlyoutFrame>
      )}
    </EuiFlyout>
  );
}

function RoleForm({
  role,
  existingNames,
  isSaving,
  serverError,
  onSave,
  onClose,
  titleId,
  title,
  features,
}: RoleFormFlyoutProps & { titleId: string; title: string; features: FeatureSummary[] }) {
  const isEdit = role !== undefined;
  const readOnly = role !== undefined && isReservedRole(role);
  const spaces = useSpaces();
  const [values, setValues] = useState<RoleFormValues>(() => initialRoleValues(role, features));
  const [errors, setErrors] = useState<RoleFormErrors>({ entries: {} });
  const [submitted, setSubmitted] = useState(false);

  const update = (next: RoleFormValues) => {
    setValues(next);
    if (submitted) setErrors(validateRoleForm(next, { isEdit, existing: existingNames }));
  };

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (readOnly) return;
    setSubmitted(true);
    const found = validateRoleForm(values, { isEdit, existing: existingNames });
    setErrors(found);
    if (!hasRoleErrors(found)) onSave(values.name, toRoleInput(values, features, role));
  };

  const footer = (
    <FormFlyoutFooter formId="roleForm" submitLabel={isEdit ? 'Save changes' : 'Create role'} readOnly={readOnly} isSaving={isSaving} onClose={onClose} />
  );

  return (
    <FlyoutFrame titleId={titleId} title={title} footer={footer}>
      {readOnly && (
        <ReservedNotice title="This is a built-in role" testSubj="roleFormReservedCallout">
          Built-in roles cannot be changed or deleted. To grant something close to it, create a role of your own.
        </ReservedNotice>
      )}
      <ServerErrorCallout title="The role could not be saved" message={serverError} testSubj="roleFormServerError" />
      <EuiForm component="form" id="roleForm" onSubmit={onSubmit} noValidate data-test-subj="roleForm">
        <EuiFormRow label="Role name" isInvalid={!!errors.name} error={errors.name} helpText={isEdit ? 'A role name cannot change.' : undefined} fullWidth>
          <EuiFieldText
            fullWidth
            value={values.name}
            readOnly={isEdit}
            isInvalid={!!errors.name}
            append={readOnly ? <EuiBadge color="hollow">Reserved</EuiBadge> : undefined}
            data-test-subj="roleFormName"
            onChange={(event) => update({ ...values, name: event.target.value })}
          />
        </EuiFormRow>
        <EuiFormRow label="Description" labelAppend="Optional" isInvalid={!!errors.description} error={errors.description} fullWidth>
          <EuiTextArea
            fullWidth
            rows={2}
            value={values.description}
            readOnly={readOnly}
            isInvalid={!!errors.description}
            data-test-subj="roleFormDescription"
            onChange={(event) => update({ ...values, description: event.target.value })}
          />
        </EuiFormRow>
        <EuiSpacer />
        <EuiTitle size="xs">
          <h3>Kibana privileges</h3>
        </EuiTitle>
        <EuiSpacer size="s" />
        {values.entries.map((entry, index) => (
          <div key={entry.key}>
            <PrivilegeEntryEditor
              index={index}
              entry={entry}
              spaces={spaces.data ?? []}
              spacesLoading={spaces.isLoading}
              features={features}
              readOnly={readOnly}
              errors={errors.entries[entry.key]}
              onChange={(next) => update({ ...values, entries: values.entries.map((item) => (item.key === entry.key ? next : item)) })}
              onRemove={() => update({ ...values, entries: values.entries.filter((item) => item.key !== entry.key) })}
            />
            <EuiSpacer size="m" />
          </div>
        ))}
        {!readOnly && (
          <EuiButtonEmpty iconType="plusCircle" data-test-subj="addPrivilegeEntry" onClick={() => update({ ...values, entries: [...values.entries, emptyEntry()] })}>
            Add Kibana privileges
          </EuiButtonEmpty>
        )}
      </EuiForm>
    </FlyoutFrame>
  );
}
