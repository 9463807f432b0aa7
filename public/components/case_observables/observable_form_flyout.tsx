/**
 * Add an observable to the case, or edit one (its value and description: the type is fixed
 * once added, as in Kibana). The value is checked as it is typed with the server's own
 * validators, so a wrong IP never leaves the browser; should the server still refuse (a
 * duplicate, the cap, a type deleted meanwhile), its message shows in the form, which keeps
 * what was typed.
 */
import { useState, type FormEvent } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiFormRow,
  EuiSelect,
  EuiSpacer,
  EuiTextArea,
  EuiTitle,
  useEuiTheme,
} from '@elastic/eui';
import { MAX_OBSERVABLE_DESCRIPTION_LENGTH } from '../../../common/constants';
import { validateObservableValue } from '../../../common/observables/validators';
import type { CaseObservable } from '../../../common/types/domain/observable';
import { useAddObservable, useUpdateObservable } from '../../containers/use_observable_mutations';
import { getErrorMessage, useCore } from '../../core';
import type { ObservableTypes } from './use_observable_types';

interface ObservableFormFlyoutProps {
  caseId: string;
  types: ObservableTypes;
  /** The observable being edited; none to add one. */
  observable?: CaseObservable;
  onClose(): void;
}

const FORM_ID = 'case-observable-form';

export function ObservableFormFlyout({ caseId, types, observable, onClose }: ObservableFormFlyoutProps) {
  const { toasts } = useCore();
  const { euiTheme } = useEuiTheme();
  const [typeKey, setTypeKey] = useState(observable?.typeKey ?? types.options[0]?.key ?? '');
  const [value, setValue] = useState(observable?.value ?? '');
  const [description, setDescription] = useState(observable?.description ?? '');
  const [submitted, setSubmitted] = useState(false);
  const add = useAddObservable(caseId);
  const update = useUpdateObservable(caseId);
  const saving = add.isPending || update.isPending;
  const serverError = (observable ? update.error : add.error) ?? null;

  // The server's own check; said with the type's label, which the analyst picked, not its key.
  const valueError =
    value === '' ? (submitted ? 'A value is required.' : undefined) : validateObservableValue(typeKey, value) && `“${value}” is not a valid ${types.labelOf(typeKey)} value.`;
  const descriptionError =
    description.length > MAX_OBSERVABLE_DESCRIPTION_LENGTH ? `The description can be at most ${MAX_OBSERVABLE_DESCRIPTION_LENGTH} characters long.` : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (saving || value === '' || valueError || descriptionError) return;
    // An empty description is no description, as Kibana's form sends it.
    const sent = { value, description: description === '' ? null : description };
    try {
      if (observable) await update.mutateAsync({ id: observable.id, observable: sent });
      else await add.mutateAsync({ typeKey, ...sent });
    } catch {
      return; // The server's message shows in the form.
    }
    toasts.addSuccess(observable ? 'Observable updated' : 'Observable added');
    onClose();
  };

  const title = observable ? 'Edit observable' : 'Add observable';
  return (
    <EuiFlyout onClose={onClose} size="s" ownFocus aria-labelledby={`${FORM_ID}-title`} data-test-subj="case-observable-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={`${FORM_ID}-title`}>{title}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {serverError && (
          <>
            <EuiCallOut color="danger" iconType="error" title="The observable could not be saved" role="alert" data-test-subj="case-observable-form-error">
              <p>{getErrorMessage(serverError)}</p>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        <EuiForm component="form" id={FORM_ID} onSubmit={(event) => void onSubmit(event)} noValidate>
          <EuiFormRow label="Type" helpText={observable ? 'The type of an observable cannot change.' : undefined} fullWidth>
            <EuiSelect
              fullWidth
              options={types.options.map(({ key, label }) => ({ value: key, text: label }))}
              value={typeKey}
              disabled={!!observable}
              onChange={(event) => setTypeKey(event.target.value)}
              data-test-subj="case-observable-type-select"
            />
          </EuiFormRow>
          <EuiFormRow label="Value" isInvalid={!!valueError} error={valueError} fullWidth>
            <EuiFieldText
              fullWidth
              value={value}
              isInvalid={!!valueError}
              onChange={(event) => setValue(event.target.value)}
              css={{ fontFamily: euiTheme.font.familyCode }}
              data-test-subj="case-observable-value-input"
            />
          </EuiFormRow>
          <EuiFormRow label="Description" labelAppend="Optional" isInvalid={!!descriptionError} error={descriptionError} fullWidth>
            <EuiTextArea
              fullWidth
              rows={3}
              value={description}
              isInvalid={!!descriptionError}
              onChange={(event) => setDescription(event.target.value)}
              data-test-subj="case-observable-description-input"
            />
          </EuiFormRow>
        </EuiForm>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="case-observable-cancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill type="submit" form={FORM_ID} isLoading={saving} data-test-subj="case-observable-save">
              {observable ? 'Save' : 'Add'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
