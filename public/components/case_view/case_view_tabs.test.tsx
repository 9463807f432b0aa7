import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { renderCaseView } from './case_view_test_harness';
import { makeCase } from './test_fixtures';
import { locationOf, tabIdOf } from './use_case_view_tab';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const location = () => screen.getByTestId('test-location').textContent;

const indicatorComment = (id: string, name: string) => ({
  id,
  version: 'v1',
  type: 'externalReference',
  externalReferenceId: `doc-${id}`,
  externalReferenceStorage: { type: 'elasticSearchDoc' },
  externalReferenceAttachmentTypeId: 'indicator',
  externalReferenceMetadata: { indicatorName: name, indicatorType: 'ipv4-addr', indicatorFeedName: 'AbuseCH' },
  owner: 'securitySolution',
  created_at: '2024-05-01T10:00:00.000Z',
  created_by: { username: 'ana' },
});
const fileComment = (id: string, name: string) => ({
  ...indicatorComment(id, name),
  externalReferenceAttachmentTypeId: '.files',
  externalReferenceStorage: { type: 'savedObject', soType: 'file' },
  externalReferenceMetadata: { files: [{ name, extension: 'png', mimeType: 'image/png', created: '2024-05-01T10:00:00.000Z' }] },
});
const observable = (value: string) => ({ id: `o-${value}`, typeKey: 'observable-type-ipv4', value, description: null, createdAt: '2024-05-01T10:00:00.000Z', updatedAt: null });

/** A case holding some of everything: 1,234 alerts, 3 events, 2 files, 2 observables, 2 indicators. */
const fullCase = () =>
  ({
    ...makeCase({ totalAlerts: 1234 }),
    totalEvents: 3,
    observables: [observable('203.0.113.7'), observable('198.51.100.1')],
    comments: [...makeCase().comments, fileComment('f1', 'shot.png'), fileComment('f2', 'mail.eml'), indicatorComment('i1', '203.0.113.7'), indicatorComment('i2', 'evil.example')],
  }) as unknown as Case;

const searchOf = (request: RecordedRequest) => new URL(request.url, 'http://localhost').searchParams.get('search');

describe('where a tabId leads', () => {
  it.each([
    [null, 'activity', 'alerts'],
    ['alerts', 'attachments', 'alerts'],
    ['events', 'attachments', 'events'],
    ['files', 'attachments', 'files'],
    ['observables', 'attachments', 'observables'],
    ['indicators', 'attachments', 'indicators'],
    ['attachments', 'attachments', 'alerts'],
    ['similar', 'similar', 'alerts'],
    ['nonsense', 'activity', 'alerts'],
  ])('?tabId=%s → %s (%s)', (tabId, tab, section) => {
    expect(locationOf(tabId)).toEqual({ tab, section });
  });

  it('writes the section for the Attachments tab and nothing for the activity', () => {
    expect(tabIdOf('activity', 'files')).toBeNull();
    expect(tabIdOf('attachments', 'files')).toBe('files');
    expect(tabIdOf('similar', 'files')).toBe('similar');
  });
});

describe('case view tabs', () => {
  it('shows Activity, Attachments (everything the case holds) and Similar cases, and keeps the place in the URL', async () => {
    renderCaseView({ state: { theCase: fullCase() } });
    const user = setup();
    expect(await screen.findByTestId('case-view-tab-title-activity')).toHaveAttribute('aria-selected', 'true');
    // 1,234 alerts + 3 events + 2 files + 2 observables + 2 indicators.
    expect(screen.getByTestId('case-view-attachments-stats-badge')).toHaveTextContent('1,243');
    expect(screen.getByTestId('case-view-tab-content-activity')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-sidebar')).toBeInTheDocument();

    await user.click(screen.getByTestId('case-view-tab-title-attachments'));
    expect(location()).toBe('/case-1?tabId=alerts');
    expect(await screen.findByTestId('case-view-tab-content-alerts')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-tab-title-alerts')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('case-view-alerts-stats-badge')).toHaveTextContent('1,234');
    expect(screen.getByTestId('case-view-events-stats-badge')).toHaveTextContent('3');
    expect(screen.getByTestId('case-view-files-stats-badge')).toHaveTextContent('2');
    expect(screen.getByTestId('case-view-observables-stats-badge')).toHaveTextContent('2');
    expect(screen.getByTestId('case-view-indicators-stats-badge')).toHaveTextContent('2');
    // The tables take the full width: the properties belong to the activity.
    expect(screen.queryByTestId('case-view-tab-content-activity')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-view-sidebar')).not.toBeInTheDocument();

    for (const section of ['events', 'files', 'observables', 'indicators'] as const) {
      await user.click(screen.getByTestId(`case-view-tab-title-${section}`));
      expect(location()).toBe(`/case-1?tabId=${section}`);
      expect(await screen.findByTestId(`case-view-tab-content-${section}`)).toBeInTheDocument();
      expect(screen.getByTestId('case-view-tab-title-attachments')).toHaveAttribute('aria-selected', 'true');
    }

    await user.click(screen.getByTestId('case-view-tab-title-similar'));
    expect(location()).toBe('/case-1?tabId=similar');
    expect(await screen.findByTestId('case-view-tab-content-similar')).toBeInTheDocument();
    expect(screen.queryByTestId('case-view-attachments')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('case-view-tab-title-activity'));
    expect(location()).toBe('/case-1');
    expect(await screen.findByTestId('case-view-tab-content-activity')).toBeInTheDocument();
  });

  it('opens what an old or new link names, and the activity for an unknown one', async () => {
    const { unmount } = renderCaseView({ path: '/case-1?tabId=alerts' });
    expect(await screen.findByTestId('case-view-tab-content-alerts')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-tab-title-alerts')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('case-view-tab-title-attachments')).toHaveAttribute('aria-selected', 'true');
    unmount();

    const events = renderCaseView({ path: '/case-1?tabId=events' });
    expect(await screen.findByTestId('case-view-tab-content-events')).toBeInTheDocument();
    events.unmount();

    const indicators = renderCaseView({ path: '/case-1?tabId=indicators' });
    expect(await screen.findByTestId('case-view-tab-content-indicators')).toBeInTheDocument();
    indicators.unmount();

    renderCaseView({ path: '/case-1?tabId=nonsense' });
    await waitFor(() => expect(screen.getByTestId('case-view-tab-title-activity')).toHaveAttribute('aria-selected', 'true'));
  });

  it('sends the one search to every section and counts the matches of each', async () => {
    const view = renderCaseView({
      state: { theCase: fullCase() },
      path: '/case-1?tabId=alerts',
      routes: {
        // The server's match: ids starting with the text.
        'GET /internal/cases/case-1/alerts/_find': (request) => ({ body: { page: 1, per_page: 25, total: searchOf(request) ? 5 : 1234, alerts: [] } }),
        'GET /internal/cases/case-1/events/_find': (request) => ({ body: { page: 1, per_page: 25, total: searchOf(request) ? 0 : 3, events: [] } }),
        'GET /internal/cases/case-1/files': (request) => ({ body: { files: [], total: searchOf(request) ? 1 : 2 } }),
        'POST /internal/indicators/_find': { body: { page: 1, per_page: 10, total: 0, indicators: [] } },
      },
    });
    const user = setup();
    await screen.findByTestId('case-view-tab-content-alerts');
    // Pasted at once: typed key by key, jsdom's slow renders let the debounce apply a prefix mid-word.
    await user.click(screen.getByTestId('case-attachments-search'));
    await user.paste('203.0.113');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.getByTestId('case-view-alerts-stats-badge')).toHaveTextContent('5'));
    expect(screen.getByTestId('case-view-events-stats-badge')).toHaveTextContent('0');
    await waitFor(() => expect(screen.getByTestId('case-view-files-stats-badge')).toHaveTextContent('1'));
    expect(screen.getByTestId('case-view-observables-stats-badge')).toHaveTextContent('1');
    expect(screen.getByTestId('case-view-indicators-stats-badge')).toHaveTextContent('1');

    // The Alerts table itself asked the server with the search.
    const alertSearches = view.callsTo('GET', '/internal/cases/case-1/alerts/_find').map(searchOf);
    expect(alertSearches).toContain('203.0.113');

    await user.click(screen.getByTestId('case-view-tab-title-events'));
    await waitFor(() => expect(view.callsTo('GET', '/internal/cases/case-1/events/_find').some((call) => searchOf(call) === '203.0.113' && new URL(call.url, 'http://x').searchParams.get('perPage') !== '1')).toBe(true));

    await user.click(screen.getByTestId('case-view-tab-title-files'));
    await waitFor(() => expect(view.callsTo('GET', '/internal/cases/case-1/files').filter((call) => searchOf(call) === '203.0.113').length).toBeGreaterThan(1));

    await user.click(screen.getByTestId('case-view-tab-title-indicators'));
    const table = await screen.findByTestId('case-indicators-table');
    expect(within(table).getAllByTestId('case-indicators-name').map((cell) => cell.textContent)).toEqual(['203.0.113.7']);

    // Clearing the search shows what the case holds again.
    await user.clear(screen.getByTestId('case-attachments-search'));
    await user.type(screen.getByTestId('case-attachments-search'), '{enter}');
    await waitFor(() => expect(screen.getByTestId('case-view-alerts-stats-badge')).toHaveTextContent('1,234'));
    expect(screen.getByTestId('case-view-indicators-stats-badge')).toHaveTextContent('2');
  });
});
