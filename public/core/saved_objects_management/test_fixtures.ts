/**
 * The page's answers for tests, and a fetch for the exchange calls the JSON client does not make
 * (the NDJSON export and the multipart imports), recording what they sent.
 */
import { jsonResponse, type createMockFetch, type MockResponse } from '../test_helpers/mock_fetch';
import { type AllowedType, type FindSavedObjectsResponse, type ImportRetry, type ManagementSavedObject } from './types';

export const ALLOWED_TYPES: AllowedType[] = [
  { name: 'cases', displayName: 'case', namespaceType: 'multiple-isolated', hidden: true },
  { name: 'action', displayName: 'connector', namespaceType: 'multiple-isolated', hidden: true },
];

const caseObject = (id: string, title: string, updatedAt: string): ManagementSavedObject => ({
  type: 'cases',
  id,
  updated_at: updatedAt,
  meta: { title, icon: 'casesApp', inAppUrl: { path: `/app/security/cases/${id}`, uiCapabilitiesPath: 'securitySolutionCasesV3.read_cases' }, namespaceType: 'multiple-isolated', hiddenType: true },
});

export const PHISHING = caseObject('case-1', 'Phishing campaign', '2024-05-01T10:00:00.000Z');
export const MALWARE = caseObject('case-2', 'Malware on host', '2024-05-02T11:30:00.000Z');
export const JIRA_CONNECTOR: ManagementSavedObject = {
  type: 'action',
  id: 'jira-1',
  updated_at: '2024-04-01T09:00:00.000Z',
  meta: { title: 'Connector: [Jira SOC]', namespaceType: 'multiple-isolated', hiddenType: true },
};

export const findAnswer = (objects: ManagementSavedObject[], page = 1, perPage = 20): FindSavedObjectsResponse => ({
  saved_objects: objects,
  total: objects.length,
  page,
  per_page: perPage,
});

export const EXPORT_NDJSON = [
  JSON.stringify({ type: 'cases', id: 'case-1', attributes: { title: 'Phishing campaign' }, references: [] }),
  JSON.stringify({ exportedCount: 1, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] }),
  '',
].join('\n');

export interface ExchangeCall {
  url: string;
  path: string;
  query: URLSearchParams;
  /** JSON bodies (the export). */
  body?: unknown;
  /** Multipart bodies (the imports). */
  fileName?: string;
  retries?: ImportRetry[];
}

type ExchangeHandler = (call: ExchangeCall) => MockResponse;

/**
 * Installs `window.fetch` for the exchange calls: `_export` answers `ndjson`; multipart calls
 * answer from `handlers` by path; everything else goes to the core's mock fetch.
 */
export function installExchangeFetch(fetchMock: ReturnType<typeof createMockFetch>, handlers: Record<string, ExchangeHandler>, ndjson = EXPORT_NDJSON) {
  const calls: ExchangeCall[] = [];
  const fetchImpl = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const [path = '', search = ''] = url.split('?');
    const call: ExchangeCall = { url, path, query: new URLSearchParams(search) };
    if (init.body instanceof FormData) {
      const file = init.body.get('file');
      const retries = init.body.get('retries');
      call.fileName = file instanceof File ? file.name : undefined;
      call.retries = typeof retries === 'string' ? (JSON.parse(retries) as ImportRetry[]) : undefined;
    } else if (typeof init.body === 'string') {
      call.body = JSON.parse(init.body);
    }
    if (path.endsWith('/api/saved_objects/_export')) {
      calls.push(call);
      return { ok: true, status: 200, statusText: 'OK', headers: { get: () => 'application/ndjson' }, text: async () => ndjson } as unknown as Response;
    }
    const handler = handlers[path];
    if (handler) {
      calls.push(call);
      return jsonResponse(handler(call));
    }
    return fetchMock.fetchImpl(input, init);
  });
  Object.defineProperty(window, 'fetch', { configurable: true, writable: true, value: fetchImpl });
  return calls;
}

/** `URL.createObjectURL` and the link's click, which jsdom lacks: what was saved, under what name. */
export function captureDownloads() {
  const saved: Array<{ blob: Blob; filename: string }> = [];
  let lastBlob: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: jest.fn((blob: Blob) => ((lastBlob = blob), 'blob:export')) });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ blob: lastBlob, filename: this.download });
  });
  return { saved, restore: () => click.mockRestore() };
}
