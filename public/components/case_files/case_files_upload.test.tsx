import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeCase } from '../case_view/test_fixtures';
import { FakeXhr, installFakeXhr, makeFile, renderFilesTab, restoreXhr } from './case_files_test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const LIST = '/internal/cases/case-1/files';
const png = (name = 'shot.png', bytes = 1000) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
const progressOf = (name: string) => within(screen.getByTestId(`case-files-upload-${name}`)).getByTestId('case-files-upload-progress');

beforeEach(installFakeXhr);
afterEach(restoreXhr);

describe('case view Files section: upload', () => {
  it('sends the chosen file as multipart with the xsrf header, shows the real progress, then refreshes the list', async () => {
    const { state, callsTo } = renderFilesTab();
    const user = setup();
    await screen.findByTestId('case-files-empty');
    const file = png();
    await user.upload(screen.getByTestId('case-files-input'), file);

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const [xhr] = FakeXhr.sent;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/cases/case-1/files');
    expect(xhr.headers['kbn-xsrf']).toBe('true');
    expect(xhr.body?.get('file')).toBeInstanceOf(File);
    expect((xhr.body?.get('file') as File).name).toBe('shot.png');

    xhr.progress(250, 1000);
    await waitFor(() => expect(progressOf('shot.png')).toHaveAttribute('value', '25'));
    expect(screen.getByTestId('case-files-upload-shot.png')).toHaveTextContent('25%');
    xhr.progress(1000, 1000);
    await waitFor(() => expect(progressOf('shot.png')).toHaveAttribute('value', '100'));

    const reads = callsTo('GET', LIST).length;
    state.files = [makeFile('f-new', { name: 'shot', extension: 'png', mimeType: 'image/png' })];
    await xhr.respond(200, makeCase({ totalComment: 2 }));
    expect(await screen.findByTestId('case-files-row-f-new')).toBeInTheDocument();
    expect(callsTo('GET', LIST).length).toBeGreaterThan(reads);
    expect(screen.queryByTestId('case-files-upload-queue')).not.toBeInTheDocument();
    expect(await screen.findByTestId('case-files-uploaded-toast')).toHaveTextContent('Attached shot.png to the case');
  });

  it('uploads several files one after the other', async () => {
    renderFilesTab();
    const user = setup();
    await screen.findByTestId('case-files-empty');
    await user.upload(screen.getByTestId('case-files-input'), [png('a.png'), png('b.png')]);

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect((FakeXhr.sent[0].body?.get('file') as File).name).toBe('a.png');
    expect(screen.getByTestId('case-files-upload-b.png')).toHaveTextContent('Waiting');

    await FakeXhr.sent[0].respond(200, makeCase());
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    expect((FakeXhr.sent[1].body?.get('file') as File).name).toBe('b.png');
    await FakeXhr.sent[1].respond(200, makeCase());
    await waitFor(() => expect(screen.queryByTestId('case-files-upload-queue')).not.toBeInTheDocument());
  });

  it('shows the server’s refusal in a toast and in the row, then moves on to the next file', async () => {
    renderFilesTab();
    const user = setup();
    await screen.findByTestId('case-files-empty');
    await user.upload(screen.getByTestId('case-files-input'), [png('huge.png'), png('next.png')]);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));

    const message = 'The file is too large: the maximum for an image is 10485760 bytes.';
    await FakeXhr.sent[0].respond(413, { statusCode: 413, error: 'Payload Too Large', message });
    expect(await screen.findByTestId('errorToast')).toHaveTextContent(message);
    const row = screen.getByTestId('case-files-upload-huge.png');
    expect(within(row).getByTestId('case-files-upload-error')).toHaveTextContent(message);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));

    await user.click(within(row).getByTestId('case-files-upload-dismiss'));
    expect(screen.queryByTestId('case-files-upload-huge.png')).not.toBeInTheDocument();
  });

  it('cancels a running upload by aborting its request, without an error', async () => {
    renderFilesTab();
    const user = setup();
    await screen.findByTestId('case-files-empty');
    await user.upload(screen.getByTestId('case-files-input'), [png('slow.png'), png('queued.png')]);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0].progress(100, 1000);

    // A queued file is only taken off the queue: it never reaches the server.
    await user.click(within(screen.getByTestId('case-files-upload-queued.png')).getByTestId('case-files-upload-cancel'));
    expect(screen.queryByTestId('case-files-upload-queued.png')).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId('case-files-upload-slow.png')).getByTestId('case-files-upload-cancel'));
    expect(FakeXhr.sent[0].aborted).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('case-files-upload-queue')).not.toBeInTheDocument());
    expect(screen.queryByTestId('errorToast')).not.toBeInTheDocument();
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('accepts files dropped on the section, outlining it while they are dragged over', async () => {
    renderFilesTab({ files: [makeFile('f-1')] });
    await screen.findByTestId('case-files-row-f-1');
    const zone = screen.getByTestId('case-files-drop-zone');
    const file = png('dropped.png');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };

    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone).toHaveAttribute('data-dragging', 'true');
    expect(screen.getByTestId('case-files-drop-hint')).toBeInTheDocument();
    fireEvent.dragOver(zone, { dataTransfer });
    fireEvent.drop(zone, { dataTransfer });

    expect(zone).not.toHaveAttribute('data-dragging');
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect((FakeXhr.sent[0].body?.get('file') as File).name).toBe('dropped.png');
  });

  it('ignores dragged text: only files open the drop zone', () => {
    renderFilesTab();
    const zone = screen.getByTestId('case-files-drop-zone');
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(zone).not.toHaveAttribute('data-dragging');
  });

  it('aborts a running upload when the section goes away', async () => {
    const { unmount } = renderFilesTab();
    await setup().upload(await screen.findByTestId('case-files-input'), png('left.png'));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    unmount();
    expect(FakeXhr.sent[0].aborted).toBe(true);
  });
});
