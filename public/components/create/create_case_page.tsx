import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import { NONE_CONNECTOR } from '../../../common/types/domain/connector';
import { usePushCase } from '../../containers/connectors_api';
import { useCreateCase } from '../../containers/use_create_case';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { useCore, getErrorMessage, useNavigationGuard } from '../../core';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { createFormDraftKey } from '../drafts/draft_storage';
import { useSessionDraft } from '../drafts/use_session_draft';
import { CREATE_CASE_OWNER, type CaseFormValues, INITIAL_CASE_FORM_VALUES, toCasePostRequest, validateCaseForm } from './case_form';
import { CaseFormConnector } from './case_form_connector';
import { CREATE_CASE_FORM_ID, CreateCaseForm } from './create_case_form';
import { focusFirstInvalidField } from './focus_first_invalid_field';
import { caseFormValuesFromTemplate } from './template_form_values';
import { NO_TEMPLATE, TemplatePicker } from './template_picker';

const UNSAVED_MESSAGE = 'The case you are writing has not been created yet.';
const NO_DEFINITIONS: never[] = [];

/** The form's values and the template they started from: both kept in the draft, the template never sent. */
interface CreateCaseDraft extends CaseFormValues {
  templateKey: string;
}

const INITIAL_DRAFT: CreateCaseDraft = { ...INITIAL_CASE_FORM_VALUES, templateKey: NO_TEMPLATE };

function withoutTemplateKey({ templateKey: _templateKey, ...values }: CreateCaseDraft): CaseFormValues {
  return values;
}

/**
 * `/create`: the form for a new case; on success, the new case's page. Reached by URL without
 * create_cases, it says so instead of a form the server would refuse.
 */
export function CreateCasePage() {
  const permissions = useCasesCapabilities(CREATE_CASE_OWNER);
  if (permissions.create) return <CreateCaseFormPage canAssign={permissions.assign} canPush={permissions.push} />;
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="create-case-no-privilege">
      <EuiPageTemplate.EmptyPrompt
        iconType="lock"
        title={<h1>You cannot create cases in this space</h1>}
        body={<p>Creating cases needs the cases privilege to create. Ask an administrator if you need it.</p>}
      />
    </EuiPageTemplate>
  );
}

/**
 * What is typed is kept for this tab until the case is created or the form is cancelled, and
 * leaving with it asks first.
 */
function CreateCaseFormPage({ canAssign, canPush }: { canAssign: boolean; canPush: boolean }) {
  const { toasts, spaceId, confirmLeave } = useCore();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const pushCase = usePushCase();
  const configuration = useGetCaseConfiguration(CREATE_CASE_OWNER).data;
  const definitions = configuration?.customFields ?? NO_DEFINITIONS;
  const [storedDraft, setDraft, discardDraft] = useSessionDraft<CreateCaseDraft>(createFormDraftKey(spaceId), INITIAL_DRAFT);
  // A draft kept before custom fields existed lacks their keys.
  const draft = useMemo(() => ({ ...INITIAL_DRAFT, ...storedDraft }), [storedDraft]);
  const { templateKey } = draft;
  const values: CaseFormValues = useMemo(() => withoutTemplateKey(draft), [draft]);
  // Until the user or a template chooses, the owner's default connector (Kibana's create form).
  const connector = values.connector ?? configuration?.connector ?? NONE_CONNECTOR;
  const isSubmitting = createCase.isPending || pushCase.isPending;
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const isDirty = JSON.stringify(draft) !== JSON.stringify(INITIAL_DRAFT);
  // Not while posting: the navigation that follows success is the form's own.
  useNavigationGuard(isDirty && !createCase.isPending && !createCase.isSuccess ? UNSAVED_MESSAGE : undefined);

  // Derived on every render so that a message goes away as soon as the field is fixed.
  const errors = useMemo(
    () => validateCaseForm(values, { requireFilled: submitted, customFieldDefinitions: definitions }),
    [values, submitted, definitions],
  );

  // After a refused submit the messages are rendered; then the first field they name is brought into view.
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalidField(CREATE_CASE_FORM_ID);
  }, [focusRequest]);

  const onChange = (patch: Partial<CaseFormValues>) => setDraft((current) => ({ ...INITIAL_DRAFT, ...current, ...patch }));

  const onSubmit = () => {
    if (isSubmitting) return;
    setSubmitted(true);
    if (Object.keys(validateCaseForm(values, { customFieldDefinitions: definitions })).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    // Assignees (a template's too) need cases_assign: without it none are sent, so the create is not refused.
    createCase.mutate(toCasePostRequest({ ...values, connector, assignees: canAssign ? values.assignees : [] }, definitions), {
      onSuccess: async (created) => {
        toasts.addSuccess({ title: `Case "${created.title}" created`, 'data-test-subj': 'create-case-success-toast' });
        discardDraft();
        if (connector.id !== NONE_CONNECTOR_ID && canPush) await pushAfterCreate(created.id, connector.name);
        navigate(`/${encodeURIComponent(created.id)}`);
      },
    });
  };

  // Kibana pushes a case created with a connector at once. A failed push costs the case nothing:
  // it is created, the error is said, and the case view offers the push again.
  const pushAfterCreate = async (caseId: string, connectorName: string) => {
    try {
      await pushCase.mutateAsync({ caseId, connectorId: connector.id });
    } catch (error) {
      toasts.addDanger({ title: `The case was created but could not be pushed to ${connectorName}`, text: getErrorMessage(error), 'data-test-subj': 'create-case-push-error-toast' });
    }
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
        <CreateCaseForm
          values={values}
          errors={errors}
          isSubmitting={isSubmitting}
          customFieldDefinitions={definitions}
          header={
            <TemplatePicker
              templates={configuration?.templates ?? []}
              selectedKey={templateKey}
              isDisabled={isSubmitting}
              onChange={(template) =>
                setDraft({ ...caseFormValuesFromTemplate(template?.caseFields), templateKey: template?.key ?? NO_TEMPLATE })
              }
            />
          }
          footer={<CaseFormConnector value={connector} onChange={(next) => onChange({ connector: next })} isDisabled={isSubmitting} />}
          onChange={onChange}
          onSubmit={onSubmit}
          canAssign={canAssign}
        />
        <EuiSpacer size="l" />
        <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={cancel} isDisabled={isSubmitting} data-test-subj="create-case-cancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton
              fill
              type="submit"
              form={CREATE_CASE_FORM_ID}
              iconType="plusCircle"
              isLoading={isSubmitting}
              isDisabled={isSubmitting}
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
