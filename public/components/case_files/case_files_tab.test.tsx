import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { casesCapabilitiesResponse, READ_ONLY, SOC_L1 } from '../capabilities/test_fixtures';
import { makeFile, renderFilesTab } from './case_files_test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const query = (url: string) => Object.fromEntries(new URL(url, 'http://localhost').searchParams);
const LIST = '/internal/cases/case-1/files';
const BULK_DELETE = '/internal/cases/case-1/attachments/files/_bulk_delete';

describe('case view Files section: listing', () => {
  it('shows each file with its size, shortened SHA-256, date and author', async () => {
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    renderFilesTab({
      files: [makeFile('f-1', { name: 'mail-headers', extension: 'eml', mimeType: 'message/rfc822', size: 2 * 1024 * 1024, hash: { sha256: sha }, user: { name: 'bob' } })],
    });
    const row = await screen.findByTestId('case-files-row-f-1');
    expect(within(row).getByTestId('case-files-name')).toHaveTextContent('mail-headers.eml');
    expect(within(row).getByTestId('case-files-type')).toHaveTextContent('message/rfc822');
    expect(within(row).getByTestId('case-files-size')).toHaveTextContent('2 MB');
    expect(within(row).getByTestId('case-files-sha256')).toHaveTextContent('e3b0c44298fc…');
    expect(within(row).getByTestId('case-files-sha256')).not.toHaveTextContent(sha);
    expect(within(row).getByTestId('case-files-copy-sha256')).toBeInTheDocument();
    expect(within(row).getByTestId('case-files-author')).toHaveTextContent('bob');
    expect(row.querySelector('time')).toHaveAttribute('dateTime', '2024-05-01T10:00:00.000Z');
    expect(screen.getByTestId('case-files-count')).toHaveTextContent('1 file');
  });

  it('asks the server for ten at a time, pages on the server and searches names with the Attachments search', async () => {
    const files = Array.from({ length: 12 }, (_, i) => makeFile(`f-${String(i).padStart(2, '0')}`, { created: `2024-05-01T10:${String(i).padStart(2, '0')}:00.000Z` }));
    const { callsTo, searchFor } = renderFilesTab({ files });
    const user = setup();
    expect(await screen.findByTestId('case-files-row-f-11')).toBeInTheDocument();
    expect(query(callsTo('GET', LIST)[0].url)).toEqual({ page: '1', perPage: '10' });
    expect(screen.getAllByTestId(/^case-files-row-/)).toHaveLength(10);

    await user.click(screen.getByTestId('pagination-button-next'));
    expect(await screen.findByTestId('case-files-row-f-00')).toBeInTheDocument();
    expect(query(callsTo('GET', LIST).at(-1)!.url).page).toBe('2');

    searchFor('f-03');
    await waitFor(() => expect(query(callsTo('GET', LIST).at(-1)!.url)).toEqual({ page: '1', perPage: '10', search: 'f-03' }));
    await waitFor(() => expect(screen.getAllByTestId(/^case-files-row-/).map((row) => row.getAttribute('data-test-subj'))).toEqual(['case-files-row-f-03']));

    searchFor('nothing-like-it');
    expect(await screen.findByText('No files match “nothing-like-it”')).toBeInTheDocument();
    expect(screen.queryByTestId('case-files-empty')).not.toBeInTheDocument();
  });

  it('drops the type on a 1024 px window, keeping name, size, hash, author and actions', async () => {
    renderFilesTab({ files: [makeFile('f-1', { name: 'shot', extension: 'png', mimeType: 'image/png' })], width: 1024 });
    const row = within(await screen.findByTestId('case-files-row-f-1'));
    expect(row.queryByTestId('case-files-type')).not.toBeInTheDocument();
    expect(row.getByTestId('case-files-name')).toHaveTextContent('shot.png');
    for (const part of ['case-files-size', 'case-files-sha256', 'case-files-author', 'case-files-preview', 'case-files-download', 'case-files-delete']) {
      expect(row.getByTestId(part)).toBeInTheDocument();
    }
  });

  it('says so when the case holds no files', async () => {
    renderFilesTab();
    expect(await screen.findByTestId('case-files-empty')).toHaveTextContent('No files attached to this case');
    expect(screen.queryByTestId('case-files-table')).not.toBeInTheDocument();
  });

  it('shows a failed listing with a retry', async () => {
    let fail = true;
    renderFilesTab({
      routes: {
        [`GET ${LIST}`]: () => (fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'The store is unavailable' } } : { body: { files: [makeFile('f-1')], total: 1 } }),
      },
    });
    expect(await screen.findByTestId('case-files-error')).toHaveTextContent('The store is unavailable');
    fail = false;
    await setup().click(screen.getByTestId('case-files-retry'));
    expect(await screen.findByTestId('case-files-row-f-1')).toBeInTheDocument();
    expect(screen.queryByTestId('case-files-error')).not.toBeInTheDocument();
  });
});

describe('case view Files section: preview and download', () => {
  const files = [
    makeFile('f-png', { name: 'screenshot', extension: 'png', mimeType: 'image/png' }),
    makeFile('f-jpg', { name: 'photo', extension: 'jpg', mimeType: 'image/jpeg' }),
    makeFile('f-svg', { name: 'logo', extension: 'svg', mimeType: 'image/svg+xml' }),
    makeFile('f-htm', { name: 'page', extension: 'txt', mimeType: 'text/plain' }),
  ];

  it('offers a preview for PNG and JPEG only, never for SVG or text', async () => {
    renderFilesTab({ files });
    await screen.findByTestId('case-files-row-f-png');
    const hasPreview = (id: string) => within(screen.getByTestId(`case-files-row-${id}`)).queryByTestId('case-files-preview') !== null;
    expect(['f-png', 'f-jpg', 'f-svg', 'f-htm'].map(hasPreview)).toEqual([true, true, false, false]);
  });

  it('previews an image from the inline download and downloads through a plain link', async () => {
    renderFilesTab({ files });
    const row = await screen.findByTestId('case-files-row-f-png');
    const download = within(row).getByTestId('case-files-download');
    expect(download.tagName).toBe('A');
    expect(download).toHaveAttribute('href', '/internal/cases/case-1/files/f-png/download');
    expect(download).toHaveAttribute('download', 'screenshot.png');
    expect(download).not.toHaveAttribute('target');

    await setup().click(within(row).getByTestId('case-files-preview'));
    const modal = await screen.findByTestId('case-files-preview-modal');
    const image = within(modal).getByRole('img', { name: 'screenshot.png' });
    expect(image).toHaveAttribute('src', '/internal/cases/case-1/files/f-png/download?inline=true');
  });
});

describe('case view Files section: delete and privileges', () => {
  it('asks before deleting a file, then deletes it through the bulk route and refreshes the list', async () => {
    const { callsTo } = renderFilesTab({ files: [makeFile('f-1', { name: 'evidence', extension: 'zip', mimeType: 'application/zip' }), makeFile('f-2')] });
    const user = setup();
    await user.click(within(await screen.findByTestId('case-files-row-f-1')).getByTestId('case-files-delete'));
    const modal = await screen.findByTestId('case-files-delete-modal');
    expect(within(modal).getByText('Delete file evidence.zip?')).toBeInTheDocument();
    await user.click(within(modal).getByTestId('confirmModalCancelButton'));
    expect(callsTo('POST', BULK_DELETE)).toHaveLength(0);
    expect(screen.getByTestId('case-files-row-f-1')).toBeInTheDocument();

    await user.click(within(screen.getByTestId('case-files-row-f-1')).getByTestId('case-files-delete'));
    const reads = callsTo('GET', LIST).length;
    await user.click(within(await screen.findByTestId('case-files-delete-modal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(callsTo('POST', BULK_DELETE)).toHaveLength(1));
    expect(callsTo('POST', BULK_DELETE)[0].body).toEqual({ ids: ['f-1'] });
    expect(callsTo('POST', BULK_DELETE)[0].headers['kbn-xsrf']).toBe('true');
    await waitFor(() => expect(screen.queryByTestId('case-files-row-f-1')).not.toBeInTheDocument());
    expect(callsTo('GET', LIST).length).toBeGreaterThan(reads);
    expect(screen.getByTestId('case-files-row-f-2')).toBeInTheDocument();
    expect(await screen.findByTestId('case-files-deleted-toast')).toHaveTextContent('Deleted evidence.zip');
  });

  it('shows the server’s refusal of a deletion in a toast and keeps the file', async () => {
    renderFilesTab({
      files: [makeFile('f-1')],
      routes: { [`POST ${BULK_DELETE}`]: { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Unauthorized to delete file attachments' } } },
    });
    const user = setup();
    await user.click(within(await screen.findByTestId('case-files-row-f-1')).getByTestId('case-files-delete'));
    await user.click(within(await screen.findByTestId('case-files-delete-modal')).getByTestId('confirmModalConfirmButton'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('Unauthorized to delete file attachments');
    expect(screen.getByTestId('case-files-row-f-1')).toBeInTheDocument();
  });

  it('offers upload but not delete to a caller who may comment but not delete (soc_l1)', async () => {
    renderFilesTab({ files: [makeFile('f-1')], capabilities: casesCapabilitiesResponse({ securitySolution: SOC_L1 }) });
    const row = await screen.findByTestId('case-files-row-f-1');
    expect(within(row).queryByTestId('case-files-delete')).not.toBeInTheDocument();
    expect(within(row).getByTestId('case-files-download')).toBeInTheDocument();
    expect(screen.getByTestId('case-files-upload-button')).toBeInTheDocument();
    expect(screen.getByTestId('case-files-drop-zone')).toBeInTheDocument();
  });

  it('offers neither upload nor drop nor delete to a read-only caller', async () => {
    renderFilesTab({ files: [makeFile('f-1')], capabilities: casesCapabilitiesResponse({ securitySolution: READ_ONLY }) });
    const row = await screen.findByTestId('case-files-row-f-1');
    expect(within(row).queryByTestId('case-files-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-files-upload-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-files-input')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-files-drop-zone')).not.toBeInTheDocument();
  });
});
