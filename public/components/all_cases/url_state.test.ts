import { DEFAULT_STATE, parseAllCasesState, serializeAllCasesState, toFindRequest } from './url_state';

const parse = (query: string) => parseAllCasesState(new URLSearchParams(query));

describe('all-cases URL state', () => {
  it('defaults to the last 30 days, newest first, 10 a page', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(toFindRequest(DEFAULT_STATE)).toEqual({ from: 'now-30d', to: 'now', sortField: 'createdAt', sortOrder: 'desc', page: 1, perPage: 10 });
  });

  it('round-trips every field', () => {
    const state = {
      ...DEFAULT_STATE,
      search: '#42 phishing',
      status: ['open' as const, 'closed' as const],
      severity: ['critical' as const],
      tags: ['a,b', 'c d'],
      assignees: ['none', 'u1'],
      reporters: ['elastic'],
      category: ['Malware'],
      from: 'now-7d',
      to: 'now-1d',
      sortField: 'title' as const,
      sortOrder: 'asc' as const,
      page: 3,
      perPage: 25,
    };
    expect(parseAllCasesState(serializeAllCasesState(state))).toEqual(state);
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeAllCasesState(DEFAULT_STATE).toString()).toBe('');
    expect(serializeAllCasesState({ ...DEFAULT_STATE, from: null, to: null }).toString()).toBe('range=all');
  });

  it('reads "all" as no date bounds', () => {
    const state = parse('range=all&from=now-1d');
    expect(state.from).toBeNull();
    expect(toFindRequest(state)).not.toHaveProperty('from');
    expect(toFindRequest(state)).not.toHaveProperty('to');
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const state = parse(
      'page=-2&perPage=7&sortField=description&sortOrder=up&status=nope&status=open&severity=extreme&from=&to=%20&tags=&tags=ok&tags=ok',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, status: ['open'], tags: ['ok'] });
    expect(parse('page=abc').page).toBe(1);
    expect(parse('page=1e3').page).toBe(1);
    expect(parse('perPage=100000').perPage).toBe(10);
  });

  it('never asks for a page past 10,000 cases', () => {
    expect(parse('page=99999&perPage=100').page).toBe(100);
  });

  it('leaves empty filters and a blank search out of the request', () => {
    const request = toFindRequest({ ...DEFAULT_STATE, search: '   ', tags: [] });
    expect(request).not.toHaveProperty('search');
    expect(request).not.toHaveProperty('tags');
  });
});
