import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, renderWithCore } from '../test_helpers/render_with_core';
import { ImportFlyout } from './import_flyout';
import { installExchangeFetch, type ExchangeCall } from './test_fixtures';
import { type ImportResponse } from './types';

/** EUI puts a radio's subject on its wrapper: the input is inside. */
const radio = (testSubj: string) => within(screen.getByTestId(testSubj)).getByRole('radio');
const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const FILE = () => new File(['{"type":"cases","id":"case-1"}\n'], 'export.ndjson', { type: 'application/ndjson' });

function renderFlyout(spaceId: string, handlers: Record<string, (call: ExchangeCall) => { body: ImportResponse }>) {
  const test = createTestCore({ spaceId });
  const calls = installExchangeFetch(test.fetchMock, handlers);
  const onClose = jest.fn();
  renderWithCore(<ImportFlyout onClose={onClose} />, test.core);
  return { ...test, calls, onClose };
}

async function chooseFile(u: ReturnType<typeof user>, file = FILE()) {
  await u.upload(screen.getByTestId('import-file-picker'), file);
}

describe('ImportFlyout', () => {
  it('imports as new copies, lists each object, and links the connectors warning inside the space', async () => {
    const { calls, core } = renderFlyout('soc-eu', {
      '/s/soc-eu/api/saved_objects/_import': () => ({
        body: {
          success: true,
          successCount: 2,
          successResults: [
            { type: 'cases', id: 'case-1', destinationId: 'new-1', createNewCopy: true, meta: { title: 'Phishing campaign', icon: 'casesApp' } },
            { type: 'action', id: 'jira-1', destinationId: 'new-2', createNewCopy: true, meta: { title: 'Connector: [Jira SOC]' } },
          ],
          warnings: [
            {
              type: 'action_required',
              message: '1 connector has sensitive information that require updates.',
              actionPath: '/app/management/insightsAndAlerting/triggersActionsConnectors',
              buttonLabel: 'Go to connectors',
            },
          ],
        },
      }),
    });
    const u = user();
    expect(screen.getByTestId('import-submit')).toBeDisabled();
    await chooseFile(u);
    await u.click(radio('import-create-new-copies'));
    await u.click(screen.getByTestId('import-submit'));

    expect(await screen.findByTestId('import-summary')).toHaveTextContent('Import successful: 2 objects imported');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query.get('createNewCopies')).toBe('true');
    expect(calls[0]!.query.has('overwrite')).toBe(false);
    expect(calls[0]!.fileName).toBe('export.ndjson');
    expect(screen.getByTestId('import-success-cases:case-1')).toHaveTextContent('Phishing campaign');
    expect(screen.getByTestId('import-success-cases:case-1')).toHaveTextContent('New copy');

    const warning = screen.getByTestId('import-warning-action-required');
    expect(warning).toHaveTextContent('1 connector has sensitive information that require updates.');
    const button = within(warning).getByTestId('import-warning-action');
    expect(button).toHaveTextContent('Go to connectors');
    expect(button).toHaveAttribute('href', '/s/soc-eu/app/management/insightsAndAlerting/triggersActionsConnectors');
    await u.click(button);
    expect(core.navigateToUrl).toHaveBeenCalledWith('/s/soc-eu/app/management/insightsAndAlerting/triggersActionsConnectors');
  });

  it('asks on conflicts: Overwrite retries that object with the same file, Skip keeps the existing one', async () => {
    const conflict = (id: string, title: string) => ({ type: 'cases', id, meta: { title }, error: { type: 'conflict' as const } });
    const { calls } = renderFlyout('default', {
      '/api/saved_objects/_import': () => ({
        body: {
          success: false,
          successCount: 1,
          successResults: [{ type: 'cases-comments', id: 'comment-1', meta: {} }],
          errors: [
            conflict('case-1', 'Phishing campaign'),
            conflict('case-2', 'Malware on host'),
            { type: 'cases', id: 'case-3', meta: { title: 'Broken' }, line: 7, error: { type: 'unknown', message: 'Invalid value "x" supplied to "status"', statusCode: 400 } },
            { type: 'cases', id: 'case-4', meta: { title: 'Orphan' }, error: { type: 'missing_references', references: [{ type: 'action', id: 'gone-1' }] } },
            { type: 'dashboard', id: 'd-1', meta: {}, error: { type: 'unsupported_type' } },
          ],
          warnings: [],
        },
      }),
      '/api/saved_objects/_resolve_import_errors': () => ({
        body: {
          success: true,
          successCount: 1,
          successResults: [{ type: 'cases', id: 'case-1', overwrite: true, meta: { title: 'Phishing campaign' } }],
          warnings: [],
        },
      }),
    });
    const u = user();
    await chooseFile(u);
    await u.click(radio('import-ask'));
    await u.click(screen.getByTestId('import-submit'));

    const summary = await screen.findByTestId('import-summary');
    expect(summary).toHaveTextContent('1 object imported');
    expect(summary).toHaveTextContent('2 objects already exist');
    expect(summary).toHaveTextContent('3 objects were not imported');
    expect(calls[0]!.query.get('overwrite')).toBe('false');
    expect(screen.getByTestId('import-error-cases:case-3')).toHaveTextContent('Invalid value "x" supplied to "status" (line 7)');
    expect(screen.getByTestId('import-error-cases:case-4')).toHaveTextContent('Missing references: action [id=gone-1]');
    expect(screen.getByTestId('import-error-dashboard:d-1')).toHaveTextContent('Unsupported type');
    expect(screen.getByTestId('import-overwrite-all')).toHaveTextContent('Overwrite all 2');

    await u.click(screen.getByTestId('import-error-cases:case-1-overwrite'));
    expect(await screen.findByTestId('import-success-cases:case-1')).toHaveTextContent('Overwritten');
    expect(calls[1]!.path).toBe('/api/saved_objects/_resolve_import_errors');
    expect(calls[1]!.query.get('createNewCopies')).toBe('false');
    expect(calls[1]!.fileName).toBe('export.ndjson');
    expect(calls[1]!.retries).toEqual([{ type: 'cases', id: 'case-1', overwrite: true }]);
    expect(screen.queryByTestId('import-error-cases:case-1')).not.toBeInTheDocument();

    await u.click(screen.getByTestId('import-error-cases:case-2-skip'));
    await waitFor(() => expect(screen.getByTestId('import-error-cases:case-2')).toHaveTextContent('Skipped'));
    expect(screen.queryByTestId('import-error-cases:case-2-overwrite')).not.toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('shows why the server refused the whole file', async () => {
    const test = createTestCore();
    installExchangeFetch(test.fetchMock, {});
    test.fetchMock.route('POST /api/saved_objects/_import', { status: 415, body: { statusCode: 415, error: 'Unsupported Media Type', message: 'Invalid file extension .json' } });
    renderWithCore(<ImportFlyout onClose={jest.fn()} />, test.core);
    const u = user();
    await chooseFile(u);
    await u.click(screen.getByTestId('import-submit'));
    expect(await screen.findByTestId('import-failure')).toHaveTextContent('Invalid file extension .json');
  });
});
