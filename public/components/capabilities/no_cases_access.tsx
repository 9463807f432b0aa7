import { EuiPageTemplate } from '@elastic/eui';

/**
 * The cases app for a caller who may not read this owner's cases here: one clear prompt instead
 * of a page whose every request is refused. Another space may grant them, hence the hint.
 */
export function NoCasesAccess() {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="cases-no-access">
      <EuiPageTemplate.EmptyPrompt
        iconType="lock"
        title={<h1>You have no access to cases in this space</h1>}
        body={<p>Ask an administrator for a role that grants cases in this space, or switch to a space where you have one.</p>}
      />
    </EuiPageTemplate>
  );
}
