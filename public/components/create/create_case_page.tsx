import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useCreateCase } from '../../containers/use_create_case';
import { useCore, getErrorMessage } from '../../core';
import { type CaseFormValues, INITIAL_CASE_FORM_VALUES, toCasePostRequest, validateCaseForm } from './case_form';
import { CREATE_CASE_FORM_ID, CreateCaseForm } from './create_case_form';

/** `/create`: the form for a new case; on success, the new case's page. */
export function CreateCasePage() {
  const { toasts } = useCore();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const [values, setValues] = useState<CaseFormValues>(INITIAL_CASE_FORM_VALUES);
  const [submitted, setSubmitted] = useState(false);

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
        navigate(`/${encodeURIComponent(created.id)}`);
      },
    });
  };

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
            <EuiButtonEmpty onClick={() => navigate('/')} isDisabled={createCase.isPending} data-test-subj="create-case-cancel">
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
