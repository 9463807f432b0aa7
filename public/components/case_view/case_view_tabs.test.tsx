import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import { renderCaseView } from './case_view_test_harness';
import { makeCase } from './test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const location = () => screen.getByTestId('test-location').textContent;

describe('case view tabs', () => {
  it('shows Activity, Alerts and Events with the counts the case holds, and keeps the tab in the URL', async () => {
    renderCaseView({ state: { theCase: { ...makeCase({ totalAlerts: 1234 }), totalEvents: 3 } as Case } });
    const user = setup();
    expect(await screen.findByTestId('case-view-tab-title-activity')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('case-view-alerts-stats-badge')).toHaveTextContent('1,234');
    expect(screen.getByTestId('case-view-events-stats-badge')).toHaveTextContent('3');
    expect(screen.getByTestId('case-view-tab-content-activity')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-sidebar')).toBeInTheDocument();

    await user.click(screen.getByTestId('case-view-tab-title-alerts'));
    expect(location()).toBe('/case-1?tabId=alerts');
    expect(screen.getByTestId('case-view-tab-title-alerts')).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('case-view-tab-content-alerts')).toBeInTheDocument();
    // The tables take the full width: the properties belong to the activity.
    expect(screen.queryByTestId('case-view-tab-content-activity')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-view-sidebar')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('case-view-tab-title-events'));
    expect(location()).toBe('/case-1?tabId=events');
    expect(await screen.findByTestId('case-view-tab-content-events')).toBeInTheDocument();

    await user.click(screen.getByTestId('case-view-tab-title-activity'));
    expect(location()).toBe('/case-1');
    expect(await screen.findByTestId('case-view-tab-content-activity')).toBeInTheDocument();
  });

  it('opens the tab a link names, and the activity for an unknown one', async () => {
    const { unmount } = renderCaseView({ path: '/case-1?tabId=alerts' });
    expect(await screen.findByTestId('case-view-tab-content-alerts')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-tab-title-alerts')).toHaveAttribute('aria-selected', 'true');
    unmount();

    renderCaseView({ path: '/case-1?tabId=nonsense' });
    await waitFor(() => expect(screen.getByTestId('case-view-tab-title-activity')).toHaveAttribute('aria-selected', 'true'));
  });
});
