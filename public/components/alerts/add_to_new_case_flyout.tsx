import { useEffect, useMemo, useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { getErrorMessage } from '../../core';
import { useAttachAlertsToCase } from '../../containers/use_attach_alerts_to_case';
import { useCreateCase } from '../../containers/use_create_case';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { CREATE_CASE_OWNER, INITIAL_CASE_FORM_VALUES, toCasePostRequest, validateCaseForm, type CaseFormValues } from '../create/case_form';
import { CREATE_CASE_FORM_ID, CreateCaseForm } from '../create/create_case_form';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { focusFirstInvalidField } from '../create/focus_first_invalid_field';
import type { CaseAttachmentSelection } from './case_attachment_selection';
import { useAttachedToast } from './use_attached_toast';

const NO_DEFINITIONS: never[] = [];

interface AddToNewCaseFlyoutProps {
  selection: CaseAttachmentSelection;
  onClose: () => void;
  /** After the case exists and holds the selection. */
  onDone: () => void;
}

/**
 * Kibana's "Add to new case": the create-case form in a flyout; on submit the case is created,
 * then the selection is attached in one bulk request. If the attach fails the case still exists:
 * the flyout says so instead of offering to create it twice. The owner's custom fields are
 * offered and checked as on the create page, so a required one never makes the server refuse.
 */
export function AddToNewCaseFlyout({ selection, onClose, onDone }: AddToNewCaseFlyoutProps) {
  const titleId = useGeneratedHtmlId({ prefix: 'addToNewCase' });
  const [values, setValues] = useState<CaseFormValues>(INITIAL_CASE_FORM_VALUES);
  const [submitted, setSubmitted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [created, setCreated] = useState<Case | null>(null);
  const createCase = useCreateCase();
  const attach = useAttachAlertsToCase();
  const toast = useAttachedToast();
  const definitions = useGetCaseConfiguration(CREATE_CASE_OWNER).data?.customFields ?? NO_DEFINITIONS;
  const canAssign = useCasesCapabilities(CREATE_CASE_OWNER).assign;
  const errors = useMemo(
    () => validateCaseForm(values, { requireFilled: submitted, customFieldDefinitions: definitions }),
    [values, submitted, definitions],
  );
  const isSubmitting = createCase.isPending || attach.isPending;

  // After a refused submit the messages are rendered; then the first field they name is brought into view.
  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalidField(CREATE_CASE_FORM_ID);
  }, [focusRequest]);

  const attachTo = (theCase: Case) =>
    attach.mutate(
      { caseId: theCase.id, attachments: selection.attachments(theCase.owner) },
      {
        onSuccess: () => {
          toast(theCase, selection.summary);
          onDone();
        },
      },
    );

  const onSubmit = () => {
    if (isSubmitting) return;
    if (created) return attachTo(created);
    setSubmitted(true);
    if (Object.keys(validateCaseForm(values, { customFieldDefinitions: definitions })).length > 0) {
      setFocusRequest((count) => count + 1);
      return;
    }
    createCase.mutate(toCasePostRequest(canAssign ? values : { ...values, assignees: [] }, definitions), {
      onSuccess: (theCase) => {
        setCreated(theCase);
        attachTo(theCase);
      },
    });
  };

  const error = createCase.error ?? attach.error;
  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby={titleId} ownFocus data-test-subj="create-case-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>Create case</h2>
        </EuiTitle>
        <EuiSpacer size="xs" />
        <p data-test-subj="create-case-flyout-selection">{selection.summary} will be added to the new case.</p>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {error && (
          <>
            <EuiCallOut
              announceOnMount
              color="danger"
              iconType="error"
              title={created ? `Case "${created.title}" was created, but the ${selection.noun} could not be added` : 'The case could not be created'}
              data-test-subj="create-case-flyout-error"
            >
              <p>{getErrorMessage(error)}</p>
            </EuiCallOut>
            <EuiSpacer />
          </>
        )}
        <CreateCaseForm
          values={values}
          errors={errors}
          isSubmitting={isSubmitting || created !== null}
          customFieldDefinitions={definitions}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          onSubmit={onSubmit}
          canAssign={canAssign}
        />
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} isDisabled={isSubmitting} data-test-subj="create-case-cancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill type="submit" form={CREATE_CASE_FORM_ID} iconType="plusCircle" isLoading={isSubmitting} data-test-subj="create-case-submit">
              {created ? `Retry adding the ${selection.noun}` : 'Create case'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
