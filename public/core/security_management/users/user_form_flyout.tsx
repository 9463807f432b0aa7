import { FlyoutFrame, FormFlyoutFooter, ReservedNotice } from '../form_flyout';
import { type FormEvent, useState } from 'react';
import {
  EuiComboBox,
  EuiFieldPassword,
  EuiFieldText,
  EuiFlyout,
  EuiForm,
  EuiFormRow,
  EuiSwitch,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { type ManagedUser, type Role, type UserInput } from '../types';
import { ServerErrorCallout } from '../server_error_callout';
import { initialUserValues, isReservedUser, MIN_PASSWORD_LENGTH, toUserInput, type UserFormErrors, type UserFormValues, validateUserForm } from './user_validation';

export interface UserFormFlyoutProps {
  /** The user to edit; absent when creating one. */
  user?: ManagedUser;
  roles: Role[];
  rolesLoading: boolean;
  /** Usernames already taken, so a create cannot overwrite one. */
  existingUsernames: string[];
  isSaving: boolean;
  serverError?: string;
  onSave(input: UserInput): void;
  onClose(): void;
}

export function UserFormFlyout({ user, roles, rolesLoading, existingUsernames, isSaving, serverError, onSave, onClose }: UserFormFlyoutProps) {
  const isEdit = user !== undefined;
  const readOnly = user !== undefined && isReservedUser(user);
  const titleId = useGeneratedHtmlId({ prefix: 'userFormTitle' });
  const [values, setValues] = useState(() => initialUserValues(user));
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const update = (patch: Partial<UserFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) setErrors(validateUserForm(next, { isEdit, existing: existingUsernames }));
  };

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (readOnly) return;
    setSubmitted(true);
    const found = validateUserForm(values, { isEdit, existing: existingUsernames });
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(toUserInput(values, isEdit));
  };

  // A role the user holds but the list lacks (deleted since) still shows, so it can be removed.
  const roleNames = [...new Set([...roles.map((role) => role.name), ...values.roles])];
  const title = readOnly ? `User '${user.username}'` : isEdit ? `Edit user '${user.username}'` : 'Create user';

  return (
    <EuiFlyout onClose={onClose} size="s" ownFocus aria-labelledby={titleId} data-test-subj="userFormFlyout">
      <FlyoutFrame
        titleId={titleId}
        title={title}
        footer={
          <FormFlyoutFooter formId="userForm" submitLabel={isEdit ? 'Save changes' : 'Create user'} readOnly={readOnly} isSaving={isSaving} onClose={onClose} />
        }
      >
        {readOnly && (
          <ReservedNotice title="This is a built-in user" testSubj="userFormReservedCallout">
            Its roles and details cannot change: Elasticsearch lets only the password of a reserved user change.
          </ReservedNotice>
        )}
        <ServerErrorCallout title="The user could not be saved" message={serverError} testSubj="userFormServerError" />
        <EuiForm component="form" id="userForm" onSubmit={onSubmit} noValidate data-test-subj="userForm">
          <EuiFormRow label="Username" isInvalid={!!errors.username} error={errors.username} helpText={isEdit ? 'A username cannot change.' : undefined} fullWidth>
            <EuiFieldText
              fullWidth
              value={values.username}
              readOnly={isEdit}
              isInvalid={!!errors.username}
              autoComplete="off"
              data-test-subj="userFormUsername"
              onChange={(event) => update({ username: event.target.value })}
            />
          </EuiFormRow>
          <EuiFormRow label="Full name" labelAppend="Optional" isInvalid={!!errors.fullName} error={errors.fullName} fullWidth>
            <EuiFieldText
              fullWidth
              value={values.fullName}
              readOnly={readOnly}
              isInvalid={!!errors.fullName}
              data-test-subj="userFormFullName"
              onChange={(event) => update({ fullName: event.target.value })}
            />
          </EuiFormRow>
          <EuiFormRow label="Email address" labelAppend="Optional" isInvalid={!!errors.email} error={errors.email} fullWidth>
            <EuiFieldText
              fullWidth
              type="email"
              value={values.email}
              readOnly={readOnly}
              isInvalid={!!errors.email}
              data-test-subj="userFormEmail"
              onChange={(event) => update({ email: event.target.value })}
            />
          </EuiFormRow>
          {!isEdit && (
            <>
              <EuiFormRow
                label="Password"
                helpText={`At least ${MIN_PASSWORD_LENGTH} characters.`}
                isInvalid={!!errors.password}
                error={errors.password}
                fullWidth
              >
                <EuiFieldPassword
                  fullWidth
                  type="dual"
                  value={values.password}
                  isInvalid={!!errors.password}
                  autoComplete="new-password"
                  data-test-subj="userFormPassword"
                  onChange={(event) => update({ password: event.target.value })}
                />
              </EuiFormRow>
              <EuiFormRow label="Confirm password" isInvalid={!!errors.confirmPassword} error={errors.confirmPassword} fullWidth>
                <EuiFieldPassword
                  fullWidth
                  type="dual"
                  value={values.confirmPassword}
                  isInvalid={!!errors.confirmPassword}
                  autoComplete="new-password"
                  data-test-subj="userFormConfirmPassword"
                  onChange={(event) => update({ confirmPassword: event.target.value })}
                />
              </EuiFormRow>
            </>
          )}
          <EuiFormRow label="Roles" helpText="What the user may see and do, in which spaces." fullWidth>
            <EuiComboBox
              fullWidth
              aria-label="Roles"
              placeholder="Select roles"
              isLoading={rolesLoading}
              isDisabled={readOnly}
              options={roleNames.map((name) => ({ label: name }))}
              selectedOptions={values.roles.map((name) => ({ label: name }))}
              onChange={(selected) => update({ roles: selected.map((option) => option.label) })}
              data-test-subj="userFormRoles"
            />
          </EuiFormRow>
          {isEdit && (
            <EuiFormRow label="Status" helpText="A deactivated user cannot log in; their sessions end at once." fullWidth>
              <EuiSwitch
                label={values.enabled ? 'Active' : 'Deactivated'}
                checked={values.enabled}
                disabled={readOnly}
                data-test-subj="userFormEnabled"
                onChange={(event) => update({ enabled: event.target.checked })}
              />
            </EuiFormRow>
          )}
        </EuiForm>
      </FlyoutFrame>
    </EuiFlyout>
  );
}
