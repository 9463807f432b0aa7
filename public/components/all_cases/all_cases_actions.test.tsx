import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads, installExchangeFetch, type RecordedRequest } from '../../core/mocks';
import { CASE_2, findCalls, renderAllCases } from './test_helpers';

// EUI popovers and tables in jsdom take seconds per interaction on a busy machine.

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function recorder(answer: (request: RecordedRequest) => { status?: number; body?: unknown } = (r) => ({ body: r.body })) {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    handler: (request: RecordedRequest) => {
      requests.push(request);
      return answer(request);
    },
  };
}

async function selectRows(u: ReturnType<typeof user>, ...ids: string[]) {
  for (const id of ids) {
    const row = await screen.findByTestId(`cases-table-row-${id}`);
    await u.click(within(row).getByRole('checkbox'));
  }
}

async function openBulkMenu(u: ReturnType<typeof user>) {
  await u.click(screen.getByTestId('case-table-bulk-actions-link-icon'));
  return screen.findByTestId('case-table-bulk-actions-context-menu');
}

describe('AllCasesPage: bulk actions', () => {
  it('is disabled until rows are selected', async () => {
    renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    expect(screen.getByTestId('case-table-bulk-actions-link-icon')).toBeDisabled();
    await selectRows(user(), 'c1');
    expect(screen.getByTestId('case-table-bulk-actions-link-icon')).toBeEnabled();
    expect(screen.getByTestId('case-table-selected-case-count')).toHaveTextContent('Selected 1');
  });

  it('exports the selected cases with their related objects', async () => {
    const downloads = captureDownloads();
    try {
      const { fetchMock } = renderAllCases();
      const exports = installExchangeFetch(fetchMock, {});
      const u = user();
      await selectRows(u, 'c1', 'c2');
      await openBulkMenu(u);
      await u.click(screen.getByTestId('cases-bulk-action-export'));
      await waitFor(() => expect(downloads.saved).toHaveLength(1));
      expect(downloads.saved[0].filename).toBe('export.ndjson');
      expect(exports[0].body).toEqual({
        objects: [
          { type: 'cases', id: 'c1' },
          { type: 'cases', id: 'c2' },
        ],
        includeReferencesDeep: true,
      });
    } finally {
      downloads.restore();
    }
  });

  it('sets the status of the selected cases, sending each version', async () => {
    const patch = recorder();
    const { fetchMock } = renderAllCases({ routes: { 'PATCH /api/cases': patch.handler } });
    const u = user();
    await selectRows(u, 'c1', 'c2');
    await openBulkMenu(u);
    await u.click(screen.getByTestId('cases-bulk-action-status'));
    await u.click(await screen.findByTestId('cases-bulk-action-status-closed'));
    await waitFor(() => expect(patch.requests).toHaveLength(1));
    expect(patch.requests[0].body).toEqual({
      cases: [
        { id: 'c1', version: 'v-c1', status: 'closed' },
        { id: 'c2', version: 'v-c2', status: 'closed' },
      ],
    });
    expect(await screen.findByTestId('cases-update-success-toast')).toHaveTextContent('Closed 2 cases');
    // The list is fetched again so the new statuses show, and the selection is done with.
    await waitFor(() => expect(findCalls(fetchMock.calls).length).toBeGreaterThan(1));
    await waitFor(() => expect(screen.queryByTestId('case-table-selected-case-count')).not.toBeInTheDocument());
  });

  it('leaves out the cases that already have the chosen severity', async () => {
    const patch = recorder();
    renderAllCases({ routes: { 'PATCH /api/cases': patch.handler } });
    const u = user();
    await selectRows(u, 'c1', 'c2');
    await openBulkMenu(u);
    await u.click(screen.getByTestId('cases-bulk-action-severity'));
    await u.click(await screen.findByTestId('cases-bulk-action-severity-critical'));
    await waitFor(() => expect(patch.requests).toHaveLength(1));
    expect(patch.requests[0].body).toEqual({ cases: [{ id: 'c1', version: 'v-c1', severity: 'critical' }] });
  });

  it('tells the user when cases changed meanwhile (409) and refreshes the list', async () => {
    const patch = recorder(() => ({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'These cases c1 have been updated. Please refresh before saving additional updates.' },
    }));
    const { fetchMock } = renderAllCases({ routes: { 'PATCH /api/cases': patch.handler } });
    const u = user();
    await selectRows(u, 'c1');
    const before = findCalls(fetchMock.calls).length;
    await openBulkMenu(u);
    await u.click(screen.getByTestId('cases-bulk-action-status'));
    await u.click(await screen.findByTestId('cases-bulk-action-status-in-progress'));
    expect(await screen.findByTestId('cases-update-conflict-toast')).toHaveTextContent('changed by someone else');
    await waitFor(() => expect(findCalls(fetchMock.calls).length).toBeGreaterThan(before));
    // The selection stays so the change can be applied again on the fresh versions.
    expect(screen.getByTestId('case-table-selected-case-count')).toHaveTextContent('Selected 1');
  });

  it('deletes the selected cases only after confirmation', async () => {
    const del = recorder(() => ({ status: 204 }));
    renderAllCases({ routes: { 'DELETE /api/cases': del.handler } });
    const u = user();
    await selectRows(u, 'c1', 'c2');
    await openBulkMenu(u);
    await u.click(screen.getByTestId('cases-bulk-action-delete'));
    const modal = await screen.findByTestId('confirm-delete-case-modal');
    expect(modal).toHaveTextContent('Delete 2 cases?');
    await u.click(within(modal).getByTestId('confirmModalCancelButton'));
    expect(del.requests).toHaveLength(0);

    await openBulkMenu(u);
    await u.click(screen.getByTestId('cases-bulk-action-delete'));
    await u.click(within(await screen.findByTestId('confirm-delete-case-modal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(del.requests).toHaveLength(1));
    expect(JSON.parse(new URLSearchParams(del.requests[0].url.split('?')[1]).get('ids') ?? '[]')).toEqual(['c1', 'c2']);
    expect(await screen.findByTestId('cases-delete-success-toast')).toHaveTextContent('Deleted 2 cases');
  });
});

describe('AllCasesPage: row actions', () => {
  async function openRowMenu(u: ReturnType<typeof user>, id: string) {
    await u.click(await screen.findByTestId(`case-action-popover-button-${id}`));
  }

  it('changes the status of one case', async () => {
    const patch = recorder();
    renderAllCases({ routes: { 'PATCH /api/cases': patch.handler } });
    const u = user();
    await openRowMenu(u, 'c2');
    await u.click(await screen.findByTestId('case-action-status'));
    // The current status is not offered again.
    expect(await screen.findByTestId('case-action-status-in-progress')).toBeDisabled();
    await u.click(screen.getByTestId('case-action-status-open'));
    await waitFor(() => expect(patch.requests).toHaveLength(1));
    expect(patch.requests[0].body).toEqual({ cases: [{ id: 'c2', version: 'v-c2', status: 'open' }] });
    expect(await screen.findByTestId('cases-update-success-toast')).toHaveTextContent('Opened "Lateral movement"');
  });

  it('changes the severity of one case', async () => {
    const patch = recorder();
    renderAllCases({ routes: { 'PATCH /api/cases': patch.handler } });
    const u = user();
    await openRowMenu(u, 'c1');
    await u.click(await screen.findByTestId('case-action-severity'));
    await u.click(await screen.findByTestId('case-action-severity-low'));
    await waitFor(() => expect(patch.requests[0]?.body).toEqual({ cases: [{ id: 'c1', version: 'v-c1', severity: 'low' }] }));
  });

  it('copies the case ID', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    const u = user();
    // user-event installs its own clipboard on setup; replace it after.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderAllCases();
    await openRowMenu(u, 'c1');
    await u.click(await screen.findByTestId('case-action-copy-id'));
    expect(writeText).toHaveBeenCalledWith('c1');
    expect(await screen.findByTestId('cases-copy-id-toast')).toBeInTheDocument();
  });

  it('deletes one case after confirmation', async () => {
    const del = recorder(() => ({ status: 204 }));
    renderAllCases({ routes: { 'DELETE /api/cases': del.handler } });
    const u = user();
    await openRowMenu(u, 'c1');
    await u.click(await screen.findByTestId('case-action-delete'));
    const modal = await screen.findByTestId('confirm-delete-case-modal');
    expect(modal).toHaveTextContent('Delete "Phishing wave"?');
    await u.click(within(modal).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(del.requests).toHaveLength(1));
    expect(del.requests[0].url).toContain(encodeURIComponent(JSON.stringify(['c1'])));
  });

  it('reports a failed delete', async () => {
    renderAllCases({
      routes: { 'DELETE /api/cases': { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Unauthorized to delete case' } } },
    });
    const u = user();
    await openRowMenu(u, CASE_2.id);
    await u.click(await screen.findByTestId('case-action-delete'));
    await u.click(within(await screen.findByTestId('confirm-delete-case-modal')).getByTestId('confirmModalConfirmButton'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('Unauthorized to delete case');
  });
});

