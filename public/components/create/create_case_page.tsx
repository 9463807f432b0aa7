import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useCreateCase } from '../../containers/use_create_case';
import { useCore, getErrorMessage, useNavigationGuard } from '../../core';
import { createFormDraftKey } from '../drafts/draft_storage';
import { useSessionDraft } from '../drafts/use_session_draft';
import { type CaseFormValues, INITIAL_CASE_FORM_VALUES, toCasePostRequest, validateCaseForm } from './case_form';
import { CREATE_CASE_FORM_ID, CreateCaseForm } from './create_case_form';

const UNSAVED_MESSAGE = 'The case you are writing has not been created yet.';

/**
 * `/create`: the form for a new case; on success, the new case's page. What is typed is kept for
 * this tab until the case is created or the form is cancelled, and leaving with it asks first.
 */
export function CreateCasePage() {
  const { toasts, spaceId, confirmLeave } = useCore();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const [values, setValues, discardDraft] = useSessionDraft<CaseFormValues>(createFormDraftKey(spaceId), INITIAL_CASE_FORM_VALUES);
  const [submitted, setSubmitted] = useState(false);
  const isDirty = JSON.stringify(values) !== JSON.stringify(INITIAL_CASE_FORM_VALUES);
  // Not while posting: the navigation that follows success is the form's own.
  useNavigationGuard(isDirty && !createCase.isPending && !createCase.isSuccess ? UNSAVED_MESSAGE : undefined);

  // Derived on every render so that a message goes away as soon as the field is fixed.
  const errors = useMemo(() => validateCaseForm(values, { requireFilled: submitted }), [values, submitted]);

  const onChange = (patch: Partial<CaseFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = () => {
    if (createCase.isPending) return;
    setSubmitted(true);
    if (Object.keys(validateCaseForm(values)).length > 0) return;
    createCase.mutate(toCasePostRequest(values), {
      onSuccess: (created) => {
        toasts.addSuccess({ title: `Case "${created.title}" created`, 'data-test-subj': 'create-case-success-toast' });
        discardDraft();
        navigate(`/${encodeURIComponent(created.id)}`);
      },
    });
  };

  const cancel = () =>
    confirmLeave(() => {
      discardDraft();
      navigate('/');
    });

  const serverError = createCase.error ? getErrorMessage(createCase.error) : undefined;

  return (
    <EuiPageTemplate panelled={false} restrictWidth={900} data-test-subj="create-case-page">
      <EuiPageTemplate.Header pageTitle="Create case" bottomBorder />
      <EuiPageTemplate.Section>
        {serverError ? (
          <>
            <EuiCallOut announceOnMount color="danger" iconType="error" title="The case could not be created" data-test-subj="create-case-error">
              <p>{serverError}</p>
            </EuiCallOut>
            <EuiSpacer />
          </>
        ) : null}
        <CreateCaseForm values={values} errors={errors} isSubmitting={createCase.isPending} onChange={onChange} onSubmit={onSubmit} />
        <EuiSpacer size="l" />
        <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={cancel} isDisabled={createCase.isPending} data-test-subj="create-case-cancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton
              fill
              type="submit"
              form={CREATE_CASE_FORM_ID}
              iconType="plusCircle"
              isLoading={createCase.isPending}
              isDisabled={createCase.isPending}
              data-test-subj="create-case-submit"
            >
              Create case
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
