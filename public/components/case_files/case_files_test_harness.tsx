/**
 * The Files section against a fake server: a mutable list of files answered with the listing's
 * paging and name search, the bulk delete, and an XMLHttpRequest double that the test drives
 * (progress, answer, abort) the way a browser would report a real upload.
 */
import { useState } from 'react';
import { act } from '@testing-library/react';
import type { CaseFile } from '../../../common/types/domain/file';
import type { CapabilitiesResponse } from '../../core';
import { createTestCore, type MockResponse, type RecordedRequest, renderWithCore } from '../../core/mocks';
import { makeCase } from '../case_view/test_fixtures';
import { CaseFilesTab } from './case_files_tab';

export function makeFile(id: string, overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    id,
    name: `file-${id}`,
    extension: 'txt',
    mimeType: 'text/plain',
    size: 2048,
    created: '2024-05-01T10:00:00.000Z',
    updated: '2024-05-01T10:00:00.000Z',
    status: 'READY',
    fileKind: 'securitySolutionFilesCases',
    meta: { caseIds: ['case-1'], owner: ['securitySolution'] },
    hash: { sha256: `${id.padEnd(8, '0')}9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`.slice(0, 64) },
    user: { name: 'ana', id: 'u-ana' },
    ...overrides,
  };
}

/** A browser's XMLHttpRequest as far as the upload uses it; every sent request is kept. */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  /** The browser reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  async respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => this.onload?.());
  }
}

const original = window.XMLHttpRequest;
export function installFakeXhr() {
  FakeXhr.sent = [];
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
}
export function restoreXhr() {
  window.XMLHttpRequest = original;
}

/** The listing as the server answers it: names searched case-insensitively, newest first, paged. */
function listFiles(all: CaseFile[], url: string) {
  const query = new URL(url, 'http://localhost').searchParams;
  const search = (query.get('search') ?? '').toLowerCase();
  const found = all.filter((file) => file.name.toLowerCase().includes(search)).sort((a, b) => b.created.localeCompare(a.created));
  const page = Number(query.get('page') ?? 1);
  const perPage = Number(query.get('perPage') ?? 10);
  return { files: found.slice((page - 1) * perPage, page * perPage), total: found.length };
}

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

interface RenderOptions {
  files?: CaseFile[];
  search?: string;
  capabilities?: CapabilitiesResponse;
  routes?: Record<string, Handler>;
  /** The window's width: the table keeps fewer columns on a 1024 px laptop than at 1600. */
  width?: number;
}

export function renderFilesTab({ files = [], search = '', capabilities, routes, width = 1600 }: RenderOptions = {}) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
  const state = { files: [...files] };
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /internal/cases/case-1/files': (request) => ({ body: listFiles(state.files, request.url) }),
      'POST /internal/cases/case-1/attachments/files/_bulk_delete': (request) => {
        const { ids } = request.body as { ids: string[] };
        state.files = state.files.filter((file) => !ids.includes(file.id));
        return { status: 204 };
      },
      ...routes,
    },
  });
  const caseData = makeCase();
  // The Attachments tab owns the search box: the test changes the text it passes down.
  let setSearch: (text: string) => void = () => undefined;
  function SearchHost() {
    const [text, setText] = useState(search);
    setSearch = setText;
    return <CaseFilesTab caseData={caseData} search={text} />;
  }
  const view = renderWithCore(<SearchHost />, test.core);
  const searchFor = (text: string) => act(() => setSearch(text));
  const callsTo = (method: string, path: string) => test.fetchMock.calls.filter((call) => call.method === method && call.url.split('?')[0] === path);
  return { ...test, ...view, searchFor, state, callsTo };
}
