import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeAlert, makeCase } from '../case_view/test_fixtures';

const event = (id: string, minute: number) =>
  makeAlert(id, { '@timestamp': `2024-05-01T09:${String(minute).padStart(2, '0')}:00.000Z`, 'event.category': 'process', 'event.action': 'start', 'process.command_line': `cmd.exe /c ${id}` });
const withEvents = (totalEvents: number) => ({ ...makeCase(), totalEvents }) as Case;

describe('case view Events tab', () => {
  it('lists the case events a server page at a time and opens one in the flyout', async () => {
    const events = Array.from({ length: 12 }, (_, i) => event(`e-${i}`, i));
    const { callsTo } = renderCaseView({ path: '/case-1?tabId=events', state: { theCase: withEvents(12), events } });
    const user = setup();
    const row = await screen.findByTestId('case-events-row-e-11');
    expect(row).toHaveTextContent('process');
    expect(row).toHaveTextContent('cmd.exe /c e-11');
    const first = new URL(callsTo('GET', '/internal/cases/case-1/events/_find')[0].url, 'http://x').searchParams;
    expect(Object.fromEntries(first)).toEqual({ page: '1', perPage: '25', sortField: '@timestamp', sortOrder: 'desc' });
    expect(screen.getByTestId('case-view-events-stats-badge')).toHaveTextContent('12');

    await user.click(screen.getByRole('button', { name: /@timestamp/ }));
    await waitFor(() => expect(callsTo('GET', '/internal/cases/case-1/events/_find').at(-1)!.url).toContain('sortOrder=asc'));
    await waitFor(() => expect(screen.getAllByTestId(/^case-events-row-/)[0]).toHaveAttribute('data-test-subj', 'case-events-row-e-0'));

    await user.click(within(screen.getByTestId('case-events-row-e-0')).getByTestId('case-events-view-details'));
    expect(await screen.findByTestId('alert-details-flyout')).toBeInTheDocument();
  });

  it('says so when the case holds no events', async () => {
    renderCaseView({ path: '/case-1?tabId=events' });
    expect(await screen.findByTestId('case-events-empty')).toHaveTextContent('No events in this case');
  });
});

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
