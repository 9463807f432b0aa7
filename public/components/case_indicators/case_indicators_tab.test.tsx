import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { casesCapabilitiesResponse, READ_ONLY, SOC_L1 } from '../capabilities/test_fixtures';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeCase } from '../case_view/test_fixtures';
import { pickerSearch } from './add_indicator_flyout';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

const attached = (id: string, name: string, docId: string) => ({
  id,
  version: 'v1',
  type: 'externalReference',
  externalReferenceId: docId,
  externalReferenceStorage: { type: 'elasticSearchDoc' },
  externalReferenceAttachmentTypeId: 'indicator',
  externalReferenceMetadata: { indicatorName: name, indicatorType: 'ipv4-addr', indicatorFeedName: 'AbuseCH' },
  owner: 'securitySolution',
  created_at: '2024-05-01T10:00:00.000Z',
  created_by: { username: 'ana' },
});

const documentOf = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id,
  index: 'cases-indicators-default',
  name,
  fields: { 'threat.indicator.type': 'ipv4-addr', 'threat.feed.name': 'AbuseCH', 'threat.indicator.ip': name, ...fields },
});

const STORED = [
  documentOf('doc-1', '203.0.113.7', { 'threat.indicator.marking.tlp': 'amber', 'threat.indicator.confidence': 'High', 'threat.indicator.first_seen': '2024-04-01T00:00:00.000Z' }),
  documentOf('doc-2', '198.51.100.1'),
  documentOf('doc-3', '192.0.2.44', { 'threat.feed.name': 'OTX' }),
];

/** The server's find over STORED: by ids, or by a whole value or prefix. */
function findIndicators(request: RecordedRequest) {
  const body = request.body as { ids?: string[]; search?: string };
  const search = body.search?.replace(/\*$/, '');
  const found = STORED.filter((doc) => (!body.ids || body.ids.includes(doc.id)) && (!search || doc.name.startsWith(search)));
  return { body: { page: 1, per_page: 10, total: found.length, indicators: found } };
}

const caseWithIndicators = () => ({ ...makeCase(), comments: [attached('c-1', '203.0.113.7', 'doc-1'), attached('c-2', 'gone.example', 'doc-gone')] }) as unknown as Case;

function renderIndicators(options: { capabilities?: ReturnType<typeof casesCapabilitiesResponse>; theCase?: Case } = {}) {
  return renderCaseView({
    path: '/case-1?tabId=indicators',
    capabilities: options.capabilities,
    state: { theCase: options.theCase ?? caseWithIndicators() },
    routes: {
      'POST /internal/indicators/_find': findIndicators,
      'DELETE /api/cases/case-1/comments/c-1': { status: 204 },
      'POST /internal/cases/case-1/attachments/_bulk_create': (request) => ({ body: { ...caseWithIndicators(), echo: request.body } }),
    },
  });
}

describe('pickerSearch', () => {
  it('matches one word as a prefix once long enough, and leaves the rest as typed', () => {
    expect(pickerSearch('')).toBeUndefined();
    expect(pickerSearch(' 203.0.113 ')).toBe('203.0.113*');
    expect(pickerSearch('2')).toBe('2');
    // The last piece of `192.0` is one digit: too short for a prefix.
    expect(pickerSearch('192.0')).toBe('192.0');
    expect(pickerSearch('192.0.2.44')).toBe('192.0.2.44*');
    expect(pickerSearch('evil*')).toBe('evil*');
    expect(pickerSearch('two words')).toBe('two words');
  });
});

describe('the Indicators section', () => {
  it('lists the attached indicators with what the documents add, and keeps one whose document is gone', async () => {
    const view = renderIndicators();
    const table = await screen.findByTestId('case-indicators-table');
    const row = await within(table).findByTestId('case-indicators-row-doc-1');
    await waitFor(() => expect(row).toHaveTextContent('TLP:AMBER'));
    expect(row).toHaveTextContent('203.0.113.7');
    expect(row).toHaveTextContent('AbuseCH');
    expect(row).toHaveTextContent('High');
    expect(within(table).getByTestId('case-indicators-row-doc-gone')).toHaveTextContent('gone.example');
    // The documents of the page were asked for by id.
    const asked = view.callsTo('POST', '/internal/indicators/_find').map((call) => (call.body as { ids?: string[] }).ids);
    expect(asked).toContainEqual(['doc-1', 'doc-gone']);
  });

  it('removes an indicator after confirmation, and offers neither remove nor add without the capabilities', async () => {
    const view = renderIndicators();
    const user = setup();
    const row = await screen.findByTestId('case-indicators-row-doc-1');
    await user.click(within(row).getByTestId('case-indicators-remove'));
    expect(screen.getByTestId('case-indicators-remove-modal')).toHaveTextContent('Remove indicator 203.0.113.7?');
    expect(view.callsTo('DELETE', '/api/cases/case-1/comments/c-1')).toHaveLength(0);
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(view.callsTo('DELETE', '/api/cases/case-1/comments/c-1')).toHaveLength(1));
    view.unmount();

    renderIndicators({ capabilities: casesCapabilitiesResponse({ securitySolution: READ_ONLY }) });
    await screen.findByTestId('case-indicators-row-doc-1');
    expect(screen.queryByTestId('case-indicators-remove')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-indicators-add')).not.toBeInTheDocument();
  });

  it('adds indicators found in the picker in one request, in Kibana Threat Intelligence shape; held ones cannot be chosen', async () => {
    const view = renderIndicators({ capabilities: casesCapabilitiesResponse({ securitySolution: SOC_L1 }) });
    const user = setup();
    // SOC L1 may add comments but not delete them.
    await screen.findByTestId('case-indicators-row-doc-1');
    expect(screen.queryByTestId('case-indicators-remove')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('case-indicators-add'));
    const flyout = await screen.findByTestId('add-indicator-flyout');
    await within(flyout).findByTestId('add-indicator-row-doc-3');
    // doc-1 is already in the case.
    expect(within(within(flyout).getByTestId('add-indicator-row-doc-1')).getByRole('checkbox')).toBeDisabled();

    await user.click(within(flyout).getByTestId('add-indicator-search'));
    await user.paste('192.0.2.44');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(flyout).queryByTestId('add-indicator-row-doc-2')).not.toBeInTheDocument());
    expect(view.callsTo('POST', '/internal/indicators/_find').map((call) => (call.body as { search?: string }).search)).toContain('192.0.2.44*');

    await user.click(within(within(flyout).getByTestId('add-indicator-row-doc-3')).getByRole('checkbox'));
    await user.click(within(flyout).getByTestId('add-indicator-submit'));
    await waitFor(() => expect(view.callsTo('POST', '/internal/cases/case-1/attachments/_bulk_create')).toHaveLength(1));
    expect(view.callsTo('POST', '/internal/cases/case-1/attachments/_bulk_create')[0].body).toEqual([
      {
        type: 'externalReference',
        externalReferenceId: 'doc-3',
        externalReferenceStorage: { type: 'elasticSearchDoc' },
        externalReferenceAttachmentTypeId: 'indicator',
        externalReferenceMetadata: { indicatorName: '192.0.2.44', indicatorType: 'ipv4-addr', indicatorFeedName: 'OTX' },
        owner: 'securitySolution',
      },
    ]);
    await waitFor(() => expect(screen.queryByTestId('add-indicator-flyout')).not.toBeInTheDocument());
  });

  it('shows an empty state with the add button for a case without indicators', async () => {
    renderIndicators({ theCase: makeCase() });
    expect(await screen.findByTestId('case-indicators-empty')).toBeInTheDocument();
    expect(screen.getByTestId('case-indicators-add')).toBeInTheDocument();
  });
});
