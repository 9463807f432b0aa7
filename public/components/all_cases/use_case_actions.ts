/**
 * Status, severity, tags, assignees and delete for one case or many, with the toasts: every
 * patch carries the version the row was read at, so a case someone else changed meanwhile is
 * refused (409) instead of silently overwritten.
 */
import type { CaseSeverity, CaseStatus } from '../../../common/constants';
import type { CasePatchRequest } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import { useDeleteCases } from '../../containers/use_delete_cases';
import { useUpdateCases } from '../../containers/use_update_cases';
import { useCore, HttpFetchError } from '../../core';
import { SEVERITY_LABELS } from '../severity/severity_labels';

type Fields = Omit<CasePatchRequest, 'id' | 'version'>;
/** The fields to change on one case, or null when that case already matches. */
export type CaseChange = (theCase: Case) => Fields | null;

const subject = (cases: Case[]) => (cases.length === 1 ? `"${cases[0].title}"` : `${cases.length} cases`);

export function useCaseActions() {
  const { toasts } = useCore();
  const update = useUpdateCases();
  const remove = useDeleteCases();

  const reportError = (error: unknown, title: string) => {
    if (error instanceof HttpFetchError && error.statusCode === 409) {
      toasts.addDanger({
        title: 'Some cases were changed by someone else',
        text: 'The list has been refreshed with their latest version. Check them and apply your change again.',
        'data-test-subj': 'cases-update-conflict-toast',
      });
    } else {
      toasts.addError(error, { title });
    }
  };

  /** Resolves true when the change was saved (or there was nothing to change). */
  const applyChange = async (cases: Case[], change: CaseChange, successTitle: string): Promise<boolean> => {
    const patches = cases.flatMap((theCase) => {
      const fields = change(theCase);
      return fields ? [{ id: theCase.id, version: theCase.version, ...fields }] : [];
    });
    // The server answers 406 to a request that changes nothing; say so ourselves instead.
    if (patches.length === 0) {
      toasts.addSuccess({ title: 'Nothing to change', text: `${subject(cases)} already had that value.`, 'data-test-subj': 'cases-no-change-toast' });
      return true;
    }
    try {
      await update.mutateAsync(patches);
      toasts.addSuccess({ title: successTitle, 'data-test-subj': 'cases-update-success-toast' });
      return true;
    } catch (error) {
      reportError(error, `Could not update ${subject(cases)}`);
      return false;
    }
  };

  const setStatus = (cases: Case[], status: CaseStatus) => {
    const changed = cases.filter((c) => c.status !== status);
    const title =
      status === 'closed' ? `Closed ${subject(changed)}` : status === 'open' ? `Opened ${subject(changed)}` : `Marked ${subject(changed)} as in progress`;
    return applyChange(cases, (c) => (c.status === status ? null : { status }), title);
  };

  const setSeverity = (cases: Case[], severity: CaseSeverity) => {
    const changed = cases.filter((c) => c.severity !== severity);
    return applyChange(
      cases,
      (c) => (c.severity === severity ? null : { severity }),
      `Set the severity of ${subject(changed)} to ${SEVERITY_LABELS[severity].toLowerCase()}`,
    );
  };

  const deleteCases = async (cases: Case[]): Promise<boolean> => {
    try {
      await remove.mutateAsync(cases.map((c) => c.id));
      toasts.addSuccess({ title: `Deleted ${subject(cases)}`, 'data-test-subj': 'cases-delete-success-toast' });
      return true;
    } catch (error) {
      toasts.addError(error, { title: `Could not delete ${subject(cases)}` });
      return false;
    }
  };

  return {
    applyChange,
    setStatus,
    setSeverity,
    deleteCases,
    isUpdating: update.isPending,
    isDeleting: remove.isPending,
  };
}
