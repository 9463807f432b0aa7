import { type MouseEvent, type ReactNode } from 'react';
import { EuiLink } from '@elastic/eui';
import { getAppBasePath, useCore, type CoreStart } from '../../core';

/**
 * A link into the Cases app from the Alerts app: a real href (middle click, new tab), followed
 * in the page on a plain click. Works outside a router (toasts render in the shell's root).
 */
export function CaseAppLink({ caseId, children, core, 'data-test-subj': testSubj }: { caseId: string; children: ReactNode; core?: CoreStart; 'data-test-subj'?: string }) {
  const fromContext = useCore();
  const { spaceId, navigateToApp } = core ?? fromContext;
  const path = `/${encodeURIComponent(caseId)}`;
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateToApp('cases', { path });
  };
  return (
    <EuiLink href={`${getAppBasePath(spaceId, 'cases')}${path}`} onClick={onClick} data-test-subj={testSubj}>
      {children}
    </EuiLink>
  );
}
