import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { CoreContextProvider, createQueryClient } from '../core';
// This test plays the host (public/main.tsx) to see the shell's look-ups and the app's find side by side.
// eslint-disable-next-line import-x/no-restricted-paths
import { startShell } from '../core/start';
import { createMockFetch, createTestCore, DEFAULT_SPACE, ELASTIC_USER, jsonResponse } from '../core/mocks';
import { parseAllCasesState, toFindRequest } from '../components/all_cases/url_state';
import { casesCapabilitiesResponse, READ_ONLY } from '../components/capabilities/test_fixtures';
import { casesQueryKeys } from '../containers/query_keys';
import { useFindCases } from '../containers/use_find_cases';
import { CasesPublicPlugin } from '../plugin';
import { mount } from './mount';
import { prefetchListPage } from './prefetch_list_page';

// The page code "still downloading": the app's mount never renders, so any find comes from the prefetch.
jest.mock('./mount', () => ({ mount: jest.fn(() => () => undefined) }));

const FIND_RESPONSE = { cases: [], page: 1, per_page: 25, total: 0, count_open_cases: 0, count_in_progress_cases: 0, count_closed_cases: 0 };
const LIST_SEARCH = '?status=open&severity=critical&perPage=25&sortField=updatedAt';

const findCalls = (calls: Array<{ url: string }>) => calls.filter((call) => call.url.split('?')[0].endsWith('/api/cases/_find'));

describe('prefetchListPage', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('issues the list’s find while the shell’s current-user look-up is still pending', async () => {
    window.history.replaceState(null, '', `/app/cases${LIST_SEARCH}`);
    let answerMe: (response: Response) => void = () => undefined;
    const fetchMock = createMockFetch({
      'GET /internal/spaces/_active_space': { body: DEFAULT_SPACE },
      'GET /api/spaces/space': { body: [DEFAULT_SPACE] },
      'GET /api/cases/_find': { body: FIND_RESPONSE },
      // The shell reads the capabilities before it mounts the app; without read there is no list to prefetch.
      'POST /api/core/capabilities': { body: casesCapabilitiesResponse({ securitySolution: READ_ONLY }) },
    });
    const original = window.fetch;
    window.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).startsWith('/internal/security/me') ? new Promise<Response>((resolve) => (answerMe = resolve)) : fetchMock.fetchImpl(input, init),
    ) as typeof fetch;
    try {
      const element = document.createElement('div');
      document.body.appendChild(element);
      await act(() => startShell(element, { plugins: [new CasesPublicPlugin()], branding: { productName: 'Cases', defaultAppId: 'cases' } }));

      await waitFor(() => expect(findCalls(fetchMock.calls)).toHaveLength(1));
      expect(window.fetch).toHaveBeenCalledWith(expect.stringMatching(/^\/internal\/security\/me/), expect.anything());
      const query = new URL(findCalls(fetchMock.calls)[0].url, 'http://localhost').searchParams;
      expect([query.getAll('status'), query.getAll('severity'), query.get('perPage'), query.get('sortField')]).toEqual([
        ['open'],
        ['critical'],
        '25',
        'updatedAt',
      ]);

      // The app receives the cache the find is filling, under the list's own key.
      await waitFor(() => expect(mount).toHaveBeenCalled());
      const queryClient = (mount as jest.Mock).mock.calls[0][1] as QueryClient;
      const key = casesQueryKeys.find(toFindRequest(parseAllCasesState(new URLSearchParams(LIST_SEARCH))));
      await waitFor(() => expect(queryClient.getQueryData(key)).toEqual(FIND_RESPONSE));
      await act(async () => answerMe(jsonResponse({ body: ELASTIC_USER })));
    } finally {
      window.fetch = original;
    }
  });

  function renderList(queryClient: QueryClient, core: ReturnType<typeof createTestCore>['core']) {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>{children}</CoreContextProvider>
      </QueryClientProvider>
    );
    const params = toFindRequest(parseAllCasesState(new URLSearchParams(window.location.search)));
    return renderHook(() => useFindCases(params), { wrapper });
  }

  it('hands its page to the list without a second request; an invalidation still refetches', async () => {
    window.history.replaceState(null, '', `/s/soc-eu/app/cases/${LIST_SEARCH}`);
    const { core, fetchMock } = createTestCore({ spaceId: 'soc-eu', routes: { 'GET /s/soc-eu/api/cases/_find': { body: FIND_RESPONSE } } });
    const queryClient = createQueryClient();
    prefetchListPage(queryClient, { appBasePath: '/s/soc-eu/app/cases', core });
    await waitFor(() => expect(findCalls(fetchMock.calls)).toHaveLength(1));

    const { result } = renderList(queryClient, core);
    await waitFor(() => expect(result.current.data).toEqual(FIND_RESPONSE));
    expect(result.current.isFetching).toBe(false);
    expect(findCalls(fetchMock.calls)).toHaveLength(1);

    await act(() => queryClient.invalidateQueries({ queryKey: casesQueryKeys.all }));
    expect(findCalls(fetchMock.calls)).toHaveLength(2);
  });

  it('prefetches nothing for a caller who may not read the cases', () => {
    window.history.replaceState(null, '', '/app/cases');
    const { core, fetchMock } = createTestCore({ capabilities: casesCapabilitiesResponse({ observability: READ_ONLY }) });
    prefetchListPage(createQueryClient(), { appBasePath: '/app/cases', core });
    expect(fetchMock.calls).toHaveLength(0);
  });

  it('prefetches nothing when the app opens on another page', () => {
    for (const path of ['/app/cases/create', '/app/cases/case-1', '/app/casesx']) {
      window.history.replaceState(null, '', path);
      const { core, fetchMock } = createTestCore();
      const queryClient = createQueryClient();
      prefetchListPage(queryClient, { appBasePath: '/app/cases', core });
      expect(fetchMock.calls).toHaveLength(0);
      expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    }
  });
});
