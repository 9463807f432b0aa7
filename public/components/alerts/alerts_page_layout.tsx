import { type ReactNode } from 'react';
import { EuiPageTemplate } from '@elastic/eui';
import { useNavigate } from 'react-router-dom';

export type AlertsTab = 'alerts' | 'events';

interface AlertsPageLayoutProps {
  active: AlertsTab;
  rightSideItems: ReactNode[];
  children: ReactNode;
}

/** The page frame both tabs share: title, the Alerts/Events tabs and the time picker. */
export function AlertsPageLayout({ active, rightSideItems, children }: AlertsPageLayoutProps) {
  const navigate = useNavigate();
  return (
    <EuiPageTemplate panelled={false} restrictWidth={false} data-test-subj={`${active}-page`}>
      <EuiPageTemplate.Header
        pageTitle={active === 'alerts' ? 'Alerts' : 'Events'}
        rightSideItems={rightSideItems}
        bottomBorder
        tabs={[
          { label: 'Alerts', isSelected: active === 'alerts', onClick: () => navigate('/alerts'), 'data-test-subj': 'navigation-alerts' },
          { label: 'Events', isSelected: active === 'events', onClick: () => navigate('/events'), 'data-test-subj': 'navigation-events' },
        ]}
      />
      <EuiPageTemplate.Section>{children}</EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
