import { type FormEvent, useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiColorPicker,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiFormRow,
  EuiSpacer,
  EuiTextArea,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { type Space, type SpaceInput } from '../containers/types';
import { SpaceAvatar } from '../chrome/space_avatar';
import {
  SPACE_ID_MAX_LENGTH,
  SPACE_INITIALS_MAX_LENGTH,
  type SpaceFormErrors,
  type SpaceFormValues,
  toSpaceId,
  toSpaceInput,
  validateSpaceForm,
} from './space_validation';

export interface SpaceFormFlyoutProps {
  /** The space to edit; absent when creating one. */
  space?: Space;
  isSaving: boolean;
  serverError?: string;
  onSave(input: SpaceInput): void;
  onClose(): void;
}

function initialValues(space?: Space): SpaceFormValues {
  return {
    id: space?.id ?? '',
    name: space?.name ?? '',
    description: space?.description ?? '',
    color: space?.color ?? '',
    initials: space?.initials ?? '',
  };
}

export function SpaceFormFlyout({ space, isSaving, serverError, onSave, onClose }: SpaceFormFlyoutProps) {
  const isEdit = space !== undefined;
  const titleId = useGeneratedHtmlId({ prefix: 'spaceFormTitle' });
  const [values, setValues] = useState(() => initialValues(space));
  // The id follows the name until the user types one of their own.
  const [idTouched, setIdTouched] = useState(isEdit);
  const [errors, setErrors] = useState<SpaceFormErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const update = (patch: Partial<SpaceFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) setErrors(validateSpaceForm(next));
  };

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const found = validateSpaceForm(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(toSpaceInput(values, space?.disabledFeatures));
  };

  const preview: Space = { id: values.id, name: values.name || ' ', color: values.color || undefined, initials: values.initials || undefined, disabledFeatures: [] };

  return (
    <EuiFlyout onClose={onClose} size="s" ownFocus aria-labelledby={titleId} data-test-subj="spaceFormFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{isEdit ? `Edit space '${space.name}'` : 'Create space'}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {serverError ? (
          <>
            <EuiCallOut announceOnMount color="danger" iconType="error" title="The space could not be saved" data-test-subj="spaceFormServerError">
              <p>{serverError}</p>
            </EuiCallOut>
            <EuiSpacer />
          </>
        ) : null}
        <EuiForm component="form" id="spaceForm" onSubmit={onSubmit} noValidate data-test-subj="spaceForm">
          <EuiFormRow id="spaceFormNameField" label="Name" isInvalid={!!errors.name} error={errors.name} fullWidth>
            <EuiFieldText
              fullWidth
              value={values.name}
              isInvalid={!!errors.name}
              data-test-subj="spaceFormName"
              onChange={(event) => {
                const name = event.target.value;
                update(idTouched ? { name } : { name, id: toSpaceId(name) });
              }}
            />
          </EuiFormRow>
          <EuiFormRow
            id="spaceFormIdField"
            label="URL identifier"
            helpText={isEdit ? 'The identifier of an existing space cannot change.' : `Appears in URLs as /s/${values.id || '…'}. Up to ${SPACE_ID_MAX_LENGTH} characters.`}
            isInvalid={!!errors.id}
            error={errors.id}
            fullWidth
          >
            <EuiFieldText
              fullWidth
              value={values.id}
              readOnly={isEdit}
              isInvalid={!!errors.id}
              data-test-subj="spaceFormId"
              onChange={(event) => {
                setIdTouched(true);
                update({ id: event.target.value });
              }}
            />
          </EuiFormRow>
          <EuiFormRow id="spaceFormDescriptionField" label="Description" labelAppend="Optional" fullWidth>
            <EuiTextArea
              fullWidth
              rows={3}
              value={values.description}
              data-test-subj="spaceFormDescription"
              onChange={(event) => update({ description: event.target.value })}
            />
          </EuiFormRow>
          <EuiFlexGroup alignItems="flexEnd" gutterSize="m" responsive={false}>
            <EuiFlexItem grow={false}>
              <SpaceAvatar space={preview} size="xl" data-test-subj="spaceFormAvatarPreview" />
            </EuiFlexItem>
            <EuiFlexItem>
              <EuiFormRow id="spaceFormInitialsField" label="Initials" isInvalid={!!errors.initials} error={errors.initials}>
                <EuiFieldText
                  value={values.initials}
                  maxLength={SPACE_INITIALS_MAX_LENGTH}
                  isInvalid={!!errors.initials}
                  data-test-subj="spaceFormInitials"
                  onChange={(event) => update({ initials: event.target.value })}
                />
              </EuiFormRow>
            </EuiFlexItem>
            {/* Wide enough for the picker's "Transparent" placeholder and a hex value. */}
            <EuiFlexItem css={{ minInlineSize: '12em' }} data-test-subj="spaceFormColorItem">
              <EuiFormRow id="spaceFormColorField" label="Colour" isInvalid={!!errors.color} error={errors.color}>
                <EuiColorPicker
                  color={values.color}
                  isInvalid={!!errors.color}
                  data-test-subj="spaceFormColor"
                  onChange={(color) => update({ color })}
                />
              </EuiFormRow>
            </EuiFlexItem>
          </EuiFlexGroup>
        </EuiForm>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="spaceFormCancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill type="submit" form="spaceForm" isLoading={isSaving} data-test-subj="spaceFormSave">
              {isEdit ? 'Save changes' : 'Create space'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
