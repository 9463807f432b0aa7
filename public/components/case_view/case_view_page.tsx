/** The routes `/:caseId` and `/:caseId/:commentId`: load the case and show it (at the comment), or say why not. */
import { EuiButton, EuiCallOut, EuiLoadingSpinner, EuiPageTemplate, EuiSpacer } from '@elastic/eui';
import { useNavigate, useParams } from 'react-router-dom';
import { useGetCase } from '../../containers/use_get_case';
import { getErrorMessage } from '../../core';
import { CaseViewContent } from './case_view_content';

const statusOf = (error: unknown) => (error as { statusCode?: number } | null)?.statusCode;

export function CaseViewPage() {
  const { caseId = '', commentId } = useParams<{ caseId: string; commentId?: string }>();
  const navigate = useNavigate();
  const caseQuery = useGetCase(caseId);
  const backToList = (
    <EuiButton onClick={() => navigate('/')} data-test-subj="case-view-back-to-list">
      Back to cases
    </EuiButton>
  );

  if (caseQuery.isPending) {
    return (
      <EuiPageTemplate panelled={false} grow data-test-subj="case-view-loading">
        <EuiPageTemplate.Section alignment="center">
          <EuiLoadingSpinner size="xl" aria-label="Loading the case" />
        </EuiPageTemplate.Section>
      </EuiPageTemplate>
    );
  }

  if (!caseQuery.data) {
    const notFound = statusOf(caseQuery.error) === 404;
    return (
      <EuiPageTemplate panelled={false} grow data-test-subj={notFound ? 'case-view-not-found' : 'case-view-error'}>
        <EuiPageTemplate.EmptyPrompt
          color={notFound ? 'plain' : 'danger'}
          iconType={notFound ? 'search' : 'error'}
          title={<h1>{notFound ? 'Case not found' : 'The case could not be loaded'}</h1>}
          body={
            <p>
              {notFound
                ? 'This case does not exist in this space, or it was deleted.'
                : getErrorMessage(caseQuery.error)}
            </p>
          }
          actions={
            notFound
              ? [backToList]
              : [
                  <EuiButton key="retry" fill onClick={() => void caseQuery.refetch()} data-test-subj="case-view-retry">
                    Try again
                  </EuiButton>,
                  backToList,
                ]
          }
        />
      </EuiPageTemplate>
    );
  }

  return (
    <EuiPageTemplate panelled={false} restrictWidth={false} data-test-subj="case-view-page">
      <EuiPageTemplate.Section>
        {caseQuery.isError && (
          // A refresh failed but the case read before is still shown, with whatever is being edited.
          <>
            <EuiCallOut color="danger" iconType="error" title="The latest version of the case could not be loaded" data-test-subj="case-view-refresh-error">
              <p>{statusOf(caseQuery.error) === 404 ? 'The case was deleted.' : getErrorMessage(caseQuery.error)}</p>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        <CaseViewContent caseData={caseQuery.data} commentId={commentId} />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
