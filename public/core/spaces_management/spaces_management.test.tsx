import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, DEFAULT_SPACE, renderWithCore, SOC_SPACE } from '../test_helpers/render_with_core';
import { type RecordedRequest } from '../test_helpers/mock_fetch';
import { SpacesGridPage } from './spaces_grid_page';
import { toSpaceId, validateSpaceForm } from './space_validation';

function renderPage(routes = {}, spaceId = 'default') {
  const test = createTestCore({ spaceId, routes: { 'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE] }, ...routes } });
  renderWithCore(<SpacesGridPage />, test.core);
  return test;
}

describe('space validation', () => {
  it('derives a URL identifier from a name', () => {
    expect(toSpaceId('SOC EU (Paris)')).toBe('soc-eu-paris-');
    expect(toSpaceId('x'.repeat(50))).toHaveLength(36);
  });

  it('mirrors the server limits', () => {
    const valid = { id: 'soc-eu', name: 'SOC EU', description: '', color: '', initials: '' };
    expect(validateSpaceForm(valid)).toEqual({});
    expect(validateSpaceForm({ ...valid, name: '  ' }).name).toBeDefined();
    expect(validateSpaceForm({ ...valid, name: 'n'.repeat(1025) }).name).toBeDefined();
    expect(validateSpaceForm({ ...valid, id: 'Not Valid' }).id).toBeDefined();
    expect(validateSpaceForm({ ...valid, id: 'a'.repeat(37) }).id).toBeDefined();
    expect(validateSpaceForm({ ...valid, initials: 'ABC' }).initials).toBeDefined();
    expect(validateSpaceForm({ ...valid, color: 'red' }).color).toBeDefined();
  });
});

describe('SpacesGridPage', () => {
  it('lists spaces with their name, description and identifier', async () => {
    renderPage();
    const row = await screen.findByTestId('spacesListTableRow-soc-eu');
    expect(within(row).getByTestId('spacesListTableRowNameCell-soc-eu')).toHaveTextContent('SOC EU');
    expect(row).toHaveTextContent('European SOC');
    expect(row).toHaveTextContent('soc-eu');
    expect(screen.getByTestId('spacesListTableRow-default')).toBeInTheDocument();
  });

  it('does not let the default space be deleted', async () => {
    renderPage();
    await screen.findByTestId('spacesListTableRow-default');
    // EUI disables icon actions with aria-disabled so their tooltip still shows.
    expect(screen.getByTestId('deleteSpace-default')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('deleteSpace-soc-eu')).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.setup({ pointerEventsCheck: 0 }).click(screen.getByTestId('deleteSpace-default'));
    expect(screen.queryByTestId('deleteSpaceModal')).not.toBeInTheDocument();
  });

  it('creates a space, deriving the identifier from the name, after validation passes', async () => {
    let created: RecordedRequest | undefined;
    const { fetchMock } = renderPage({
      'POST /api/spaces/space': (request: RecordedRequest) => {
        created = request;
        return { body: request.body };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('createSpace'));
    await user.click(screen.getByTestId('spaceFormSave'));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(created).toBeUndefined();

    await user.type(screen.getByTestId('spaceFormName'), 'Threat Hunting');
    expect(screen.getByTestId('spaceFormId')).toHaveValue('threat-hunting');
    await user.clear(screen.getByTestId('spaceFormId'));
    await user.type(screen.getByTestId('spaceFormId'), 'Bad Id');
    expect(screen.getByText('Use only lowercase letters, numbers, "_" and "-".')).toBeInTheDocument();
    await user.clear(screen.getByTestId('spaceFormId'));
    await user.type(screen.getByTestId('spaceFormId'), 'hunt');
    await user.type(screen.getByTestId('spaceFormDescription'), 'Proactive hunts');
    await user.type(screen.getByTestId('spaceFormInitials'), 'TH');
    await user.click(screen.getByTestId('spaceFormSave'));

    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({
      headers: { 'kbn-xsrf': 'true' },
      body: { id: 'hunt', name: 'Threat Hunting', description: 'Proactive hunts', initials: 'TH', disabledFeatures: [] },
    });
    expect(await screen.findByTestId('spaceSavedToast')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('spaceFormFlyout')).not.toBeInTheDocument());
    // The list is fetched again so the new space shows.
    expect(fetchMock.calls.filter((call) => call.url === '/api/spaces/space' && call.method === 'GET').length).toBeGreaterThan(1);
  });

  it('shows the server error in the flyout when the create fails', async () => {
    renderPage({
      'POST /api/spaces/space': { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'A space with the identifier soc-eu already exists.' } },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('createSpace'));
    await user.type(screen.getByTestId('spaceFormName'), 'SOC EU');
    await user.click(screen.getByTestId('spaceFormSave'));
    expect(await screen.findByTestId('spaceFormServerError')).toHaveTextContent('already exists');
    expect(screen.getByTestId('spaceFormFlyout')).toBeInTheDocument();
  });

  it('edits a space without changing its identifier', async () => {
    let updated: RecordedRequest | undefined;
    renderPage({ 'PUT /api/spaces/space/soc-eu': (request: RecordedRequest) => ((updated = request), { body: request.body }) });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('editSpace-soc-eu'));
    expect(screen.getByTestId('spaceFormId')).toHaveAttribute('readonly');
    await user.clear(screen.getByTestId('spaceFormName'));
    await user.type(screen.getByTestId('spaceFormName'), 'SOC Europe');
    await user.click(screen.getByTestId('spaceFormSave'));
    await waitFor(() => expect(updated?.body).toMatchObject({ id: 'soc-eu', name: 'SOC Europe', description: 'European SOC' }));
  });

  it('deletes a space only after confirmation', async () => {
    let deleted = false;
    renderPage({ 'DELETE /api/spaces/space/soc-eu': () => ((deleted = true), { status: 204 }) });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('deleteSpace-soc-eu'));
    const modal = await screen.findByTestId('deleteSpaceModal');
    expect(modal).toHaveTextContent("Delete space 'SOC EU'?");
    await user.click(within(modal).getByTestId('confirmModalCancelButton'));
    expect(deleted).toBe(false);

    await user.click(screen.getByTestId('deleteSpace-soc-eu'));
    await user.click(within(await screen.findByTestId('deleteSpaceModal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(deleted).toBe(true));
    expect(await screen.findByTestId('spaceDeletedToast')).toHaveTextContent("Space 'SOC EU' was deleted");
  });

  it('reports a failed delete in a toast', async () => {
    renderPage({ 'DELETE /api/spaces/space/soc-eu': { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Unable to delete space' } } });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('deleteSpace-soc-eu'));
    await user.click(within(await screen.findByTestId('deleteSpaceModal')).getByTestId('confirmModalConfirmButton'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('Unable to delete space');
  });

  it('shows a load error', async () => {
    renderPage({ 'GET /api/spaces/space': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'db down' } } });
    expect(await screen.findByTestId('spacesLoadError')).toHaveTextContent('db down');
  });
});

describe('spaces layout', () => {
  it('renders the spaces as a table, never as mobile cards, whatever width the page measures', async () => {
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 500 });
    try {
      renderPage();
      await screen.findByTestId('spacesListTableRow-soc-eu');
      const table = screen.getByTestId('spacesListTable').querySelector('table') as HTMLElement;
      expect(table.className).toMatch(/desktop/);
      expect(table.className).not.toMatch(/mobile/);
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
  });

  it('gives the colour picker room for its "Transparent" placeholder', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByTestId('createSpace'));
    const item = await screen.findByTestId('spaceFormColorItem');
    expect(getComputedStyle(item).minInlineSize).toBe('12em');
  });
});
