import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { getManagementLinks } from '../security_management/register';
import { SecurityManagementRoutes } from '../security_management/security_management_app';
import { noCapabilities } from '../test_helpers/capabilities';
import { type RecordedRequest } from '../test_helpers/mock_fetch';
import { createTestCore, renderWithCore } from '../test_helpers/render_with_core';
import { SAVED_OBJECTS_PAGE_PATH } from './capabilities';
import { SavedObjectsPage } from './saved_objects_page';
import { ALLOWED_TYPES, captureDownloads, findAnswer, installExchangeFetch, JIRA_CONNECTOR, MALWARE, PHISHING } from './test_fixtures';

const FIND = 'GET /api/kibana/management/savedObjects/_find';
const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderPage(capabilities?: CapabilitiesResponse) {
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/kibana/management/saved_objects/_allowed_types': { body: { types: ALLOWED_TYPES } },
      [FIND]: { body: findAnswer([PHISHING, MALWARE, JIRA_CONNECTOR]) },
    },
  });
  const exchange = installExchangeFetch(test.fetchMock, {});
  renderWithCore(<SavedObjectsPage />, test.core);
  return { ...test, exchange };
}

const findCalls = (calls: RecordedRequest[]) => calls.filter((call) => call.url.startsWith('/api/kibana/management/savedObjects/_find')).map((call) => new URL(call.url, 'http://x').searchParams);

describe('SavedObjectsPage: the list', () => {
  it("lists the space's objects of every allowed type with type, title and last update", async () => {
    const { fetchMock } = renderPage();
    const row = await screen.findByTestId('saved-object-row-cases-case-1');
    expect(within(row).getByTestId('saved-object-type-icon-cases')).toBeInTheDocument();
    // A case opens in its app: the title links there, inside the space.
    expect(within(row).getByTestId('saved-object-title-cases-case-1')).toHaveAttribute('href', '/app/security/cases/case-1');
    expect(row).toHaveTextContent('Phishing campaign');
    expect(row).toHaveTextContent('2024');
    // Connectors have no page of their own in the list: plain text.
    const connector = screen.getByTestId('saved-object-row-action-jira-1');
    expect(connector).toHaveTextContent('Connector: [Jira SOC]');
    expect(within(connector).queryByRole('link')).not.toBeInTheDocument();
    const query = findCalls(fetchMock.calls)[0]!;
    expect(query.getAll('type')).toEqual(['cases', 'action']);
    expect(query.get('page')).toBe('1');
    expect(query.get('perPage')).toBe('20');
    expect(query.has('search')).toBe(false);
    expect(screen.getByTestId('saved-objects-total')).toHaveTextContent('3 objects');
  });

  it('searches by title (as Kibana, a prefix search) when Enter is pressed', async () => {
    const { fetchMock } = renderPage();
    await screen.findByTestId('saved-object-row-cases-case-1');
    fetchMock.route(FIND, { body: findAnswer([PHISHING]) });
    const u = user();
    await u.click(screen.getByTestId('saved-objects-search'));
    await u.paste('phish');
    await u.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('saved-object-row-cases-case-2')).not.toBeInTheDocument());
    expect(findCalls(fetchMock.calls).at(-1)!.get('search')).toBe('phish*');
  });

  it('filters by type', async () => {
    const { fetchMock } = renderPage();
    await screen.findByTestId('saved-object-row-cases-case-1');
    fetchMock.route(FIND, { body: findAnswer([JIRA_CONNECTOR]) });
    const u = user();
    await u.click(screen.getByTestId('saved-objects-type-filter'));
    await u.click(await screen.findByTestId('saved-objects-type-option-action'));
    await waitFor(() => expect(findCalls(fetchMock.calls).at(-1)!.getAll('type')).toEqual(['action']));
    await waitFor(() => expect(screen.queryByTestId('saved-object-row-cases-case-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('saved-object-row-action-jira-1')).toBeInTheDocument();
  });

  it('shows the copy controls only with copyIntoSpace', async () => {
    renderPage({ ...noCapabilities(), savedObjectsManagement: { read: true } });
    await screen.findByTestId('saved-object-row-cases-case-1');
    expect(screen.queryByTestId('saved-objects-copy-selected')).not.toBeInTheDocument();
    expect(screen.queryByTestId('saved-object-copy-to-space')).not.toBeInTheDocument();
    expect(screen.getByTestId('saved-objects-import')).toBeInTheDocument();
  });
});

describe('SavedObjectsPage: export', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  it('exports the selected objects, without related objects when switched off, as export.ndjson', async () => {
    const { exchange } = renderPage();
    const u = user();
    await screen.findByTestId('saved-object-row-cases-case-1');
    expect(screen.getByTestId('saved-objects-export-selected')).toBeDisabled();
    await u.click(screen.getByTestId('checkboxSelectRow-cases:case-1'));
    await u.click(screen.getByTestId('saved-objects-export-selected'));
    const modal = await screen.findByTestId('export-modal');
    expect(modal).toHaveTextContent('Export 1 object');
    expect(within(modal).getByTestId('export-include-related')).toBeChecked();
    await u.click(within(modal).getByTestId('export-include-related'));
    await u.click(within(modal).getByTestId('export-confirm'));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.path).toBe('/api/saved_objects/_export');
    expect(exchange[0]!.body).toEqual({ objects: [{ type: 'cases', id: 'case-1' }], includeReferencesDeep: false });
    expect(downloads.saved[0]!.filename).toBe('export.ndjson');
    expect(await screen.findByTestId('export-success-toast')).toHaveTextContent('1 object exported.');
    await waitFor(() => expect(screen.queryByTestId('export-modal')).not.toBeInTheDocument());
  });

  it('exports every object of the types ticked', async () => {
    const { exchange } = renderPage();
    const u = user();
    await screen.findByTestId('saved-object-row-cases-case-1');
    await u.click(screen.getByTestId('saved-objects-export-all'));
    const modal = await screen.findByTestId('export-modal');
    await u.click(within(modal).getByTestId('export-type-action'));
    await u.click(within(modal).getByTestId('export-confirm'));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(exchange[0]!.body).toEqual({ type: ['cases'], includeReferencesDeep: true });
  });
});

function renderManagement(path: string, capabilities: CapabilitiesResponse) {
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/kibana/management/saved_objects/_allowed_types': { body: { types: ALLOWED_TYPES } },
      [FIND]: { body: findAnswer([PHISHING]) },
    },
  });
  renderWithCore(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <SecurityManagementRoutes />
    </MemoryRouter>,
    test.core,
  );
}

describe('Stack Management link and route', () => {
  it('opens the page at /kibana/objects for a reader', async () => {
    renderManagement(SAVED_OBJECTS_PAGE_PATH, { ...noCapabilities(), savedObjectsManagement: { read: true } });
    expect(await screen.findByTestId('saved-object-row-cases-case-1')).toBeInTheDocument();
  });

  it('says the page is closed to a caller without savedObjectsManagement.read', async () => {
    renderManagement(SAVED_OBJECTS_PAGE_PATH, { ...noCapabilities(), actions: { show: true } });
    expect(await screen.findByTestId('managementNoAccess')).toBeInTheDocument();
  });

  it('is shown with savedObjectsManagement.read and points at Kibana\'s path', () => {
    expect(getManagementLinks(noCapabilities()).map((link) => link.testSubj)).toEqual([]);
    const links = getManagementLinks({ ...noCapabilities(), savedObjectsManagement: { read: true } }, `/app/management${SAVED_OBJECTS_PAGE_PATH}`);
    expect(links).toEqual([expect.objectContaining({ testSubj: 'appLink-savedObjects', title: 'Saved objects', path: '/kibana/objects', isCurrent: true })]);
  });
});
