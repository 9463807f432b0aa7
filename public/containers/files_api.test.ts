import { HttpFetchError } from '../core';
import { FakeXhr, installFakeXhr, restoreXhr } from '../components/case_files/case_files_test_harness';
import { fileDownloadUrl, isAbortError, uploadCaseFile } from './files_api';

beforeEach(installFakeXhr);
afterEach(restoreXhr);

const upload = (spaceId = 'default', onProgress = jest.fn()) => uploadCaseFile({ spaceId, caseId: 'case/1', file: new File(['x'], 'a.txt'), onProgress });

describe('files api', () => {
  it('builds download addresses in the space, with the inline variant only when asked', () => {
    expect(fileDownloadUrl('default', 'case-1', 'f 1')).toBe('/internal/cases/case-1/files/f%201/download');
    expect(fileDownloadUrl('soc-eu', 'case-1', 'f-1', { inline: true })).toBe('/s/soc-eu/internal/cases/case-1/files/f-1/download?inline=true');
  });

  it('posts to the space’s upload route and reports progress as a fraction', async () => {
    const onProgress = jest.fn();
    const handle = upload('soc-eu', onProgress);
    const [xhr] = FakeXhr.sent;
    expect(xhr.url).toBe('/s/soc-eu/api/cases/case%2F1/files');
    xhr.progress(1, 4);
    expect(onProgress).toHaveBeenLastCalledWith(0.25);
    await xhr.respond(200, { id: 'case/1' });
    await expect(handle.result).resolves.toEqual({ id: 'case/1' });
  });

  it('rejects with the server’s message and status, a plain status text, a network error or an abort', async () => {
    // Each expectation is attached before the answer, as the upload queue's handler is.
    const refused = expect(upload().result).rejects.toMatchObject({ message: 'The mime type field value text/html is not allowed.', statusCode: 400 });
    await FakeXhr.sent[0].respond(400, { statusCode: 400, error: 'Bad Request', message: 'The mime type field value text/html is not allowed.' });
    await refused;

    const proxied = expect(upload().result).rejects.toMatchObject({ message: 'Bad Gateway', statusCode: 502 });
    FakeXhr.sent[1].status = 502;
    FakeXhr.sent[1].statusText = 'Bad Gateway';
    FakeXhr.sent[1].onload?.();
    await proxied;

    const dropped = expect(upload().result).rejects.toBeInstanceOf(HttpFetchError);
    FakeXhr.sent[2].onerror?.();
    await dropped;

    const cancelled = upload();
    cancelled.abort();
    const error = await cancelled.result.catch((reason: unknown) => reason);
    expect(isAbortError(error)).toBe(true);
  });
});
