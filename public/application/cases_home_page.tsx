import { EuiPageTemplate } from '@elastic/eui';

/** The landing page of the app; the case list, creation and case view arrive in their own change. */
export function CasesHomePage() {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="casesAppPage">
      <EuiPageTemplate.Header pageTitle="Cases" iconType="casesApp" data-test-subj="casesAppPageHeader" />
    </EuiPageTemplate>
  );
}
