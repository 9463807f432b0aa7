import { type MouseEvent, type ReactNode } from 'react';
import { EuiLink } from '@elastic/eui';
import { useHref, useNavigate } from 'react-router-dom';

/**
 * A real link (so a middle click or "open in new tab" works) that navigates inside the app on a
 * plain click instead of reloading the page.
 */
export function CaseDetailsLink({ caseId, children }: { caseId: string; children: ReactNode }) {
  const path = `/${encodeURIComponent(caseId)}`;
  const href = useHref(path);
  const navigate = useNavigate();
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
  return (
    <EuiLink href={href} onClick={onClick} data-test-subj="case-details-link">
      {children}
    </EuiLink>
  );
}
