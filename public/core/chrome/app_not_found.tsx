import { EuiButton, EuiEmptyPrompt, EuiPageTemplate } from '@elastic/eui';

export function AppNotFound({ productName, onGoHome }: { productName: string; onGoHome(): void }) {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="appNotFoundPage">
      <EuiPageTemplate.EmptyPrompt
        data-test-subj="appNotFoundPageContent"
        iconType="warning"
        color="warning"
        title={<h2>Application not found</h2>}
        body={<p>No application was found at this URL. Check the address or go back to {productName}.</p>}
        actions={
          <EuiButton fill onClick={onGoHome} data-test-subj="appNotFoundGoHome">
            Go to {productName}
          </EuiButton>
        }
      />
    </EuiPageTemplate>
  );
}

export function SpaceNotFound({ spaceId, onGoToDefault }: { spaceId: string; onGoToDefault(): void }) {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="spaceNotFoundPage">
      <EuiEmptyPrompt
        iconType="spacesApp"
        color="warning"
        title={<h2>Space not found</h2>}
        body={<p>The space “{spaceId}” does not exist, or you cannot see it.</p>}
        actions={
          <EuiButton fill onClick={onGoToDefault} data-test-subj="spaceNotFoundGoDefault">
            Go to the default space
          </EuiButton>
        }
      />
    </EuiPageTemplate>
  );
}
