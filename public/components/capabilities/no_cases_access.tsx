import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPageTemplate } from '@elastic/eui';
import { getAppBasePath, useCore, useSpaces } from '../../core';

/**
 * The cases app for a caller who may not read this owner's cases here: one clear prompt instead
 * of a page whose every request is refused. The spaces list holds only spaces where the caller
 * has some privilege (the server filters it), so those are offered as the way on; a user whose
 * role covers one team's space lands in the default space after login and needs that door.
 */
export function NoCasesAccess() {
  const { http } = useCore();
  const spaces = useSpaces();
  const elsewhere = (spaces.data ?? []).filter((space) => space.id !== http.spaceId);
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="cases-no-access">
      <EuiPageTemplate.EmptyPrompt
        iconType="lock"
        title={<h1>You have no access to cases in this space</h1>}
        body={
          <p>
            {elsewhere.length > 0
              ? 'Your roles grant access in another space. Open cases there, or ask an administrator for a role that grants cases in this space.'
              : 'Ask an administrator for a role that grants cases in this space.'}
          </p>
        }
        actions={
          elsewhere.length > 0 ? (
            <EuiFlexGroup gutterSize="s" justifyContent="center" wrap responsive={false}>
              {elsewhere.slice(0, 5).map((space) => (
                <EuiFlexItem grow={false} key={space.id}>
                  <EuiButton href={getAppBasePath(space.id, 'cases')} data-test-subj={`cases-no-access-space-${space.id}`}>
                    Cases in {space.name}
                  </EuiButton>
                </EuiFlexItem>
              ))}
            </EuiFlexGroup>
          ) : undefined
        }
      />
    </EuiPageTemplate>
  );
}
