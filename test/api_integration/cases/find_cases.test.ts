/**
 * GET /api/cases/_find with every parameter the contract lists, on a fixed set of cases in a
 * space of their own (so totals are exact on a shared cluster too), and the `#42` search.
 */
import { createCase, createSpace, expectStatus, findCases, inBatches, patchCase, RUN, startCasesServer, type CasesTestServer } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
const SPACE = `find-${RUN}`;
const NUMBERED = `numbered-${RUN}`;
const ids: Record<'ransom' | 'phish' | 'brute' | 'beacon', string> = { ransom: '', phish: '', brute: '', beacon: '' };

const find = (params: Record<string, string | number | Array<string | number>>) => findCases(api, { perPage: 100, ...params }, SPACE);
const idsOf = (body: { cases: Array<{ id: string }> }) => body.cases.map((c) => c.id).sort();
const expectFound = async (params: Record<string, string | number | Array<string | number>>, names: Array<keyof typeof ids>) => {
  const res = await find(params);
  expectStatus(res, 200);
  expect(idsOf(res.body)).toEqual(names.map((n) => ids[n]).sort());
  expect(res.body.total).toBe(names.length);
  return res.body;
};

beforeAll(async () => {
  api = await startCasesServer();
  await createSpace(api, SPACE);
  await createSpace(api, NUMBERED);
  const base = { tags: ['t-shared'], assignees: [] as Array<{ uid: string }> };
  const ransom = await createCase(
    api,
    { ...base, title: 'Ransomware on host alpha', description: 'encrypted files', tags: ['t-ransom', 't-shared'], severity: 'critical', assignees: [{ uid: 'u_alice' }], category: 'malware' },
    SPACE,
  );
  const phish = await createCase(
    api,
    { ...base, title: 'Phishing wave', description: 'mail with a link to alpha', tags: ['t-phish', 't-shared'], severity: 'high', category: 'phishing' },
    SPACE,
  );
  const brute = await createCase(api, { ...base, title: 'Brute force', description: 'ssh attempts', severity: 'low', assignees: [{ uid: 'u_bob' }] }, SPACE);
  const beacon = await createCase(api, { ...base, title: 'Beaconing', description: 'dns tunnel', tags: ['t-other'], severity: 'medium', category: 'malware' }, SPACE);
  expectStatus(await patchCase(api, phish, { status: 'in-progress' }, SPACE), 200);
  expectStatus(await patchCase(api, brute, { status: 'closed' }, SPACE), 200);
  Object.assign(ids, { ransom: ransom.id, phish: phish.id, brute: brute.id, beacon: beacon.id });
  // 45 cases numbered 1..45, titles and descriptions without digits, for the number search.
  await inBatches(45, 15, () => createCase(api, { title: 'numbered case', description: 'no digits here', tags: ['numbered'] }, NUMBERED));
});

afterAll(async () => {
  await api?.server.stop();
});

describe('filters', () => {
  it('returns everything in the space with pagination fields and status counts', async () => {
    const body = await expectFound({}, ['ransom', 'phish', 'brute', 'beacon']);
    expect(body).toMatchObject({ page: 1, per_page: 100, count_open_cases: 2, count_in_progress_cases: 1, count_closed_cases: 1 });
  });

  it('filters by tags (one or several, any of them)', async () => {
    await expectFound({ tags: 't-ransom' }, ['ransom']);
    await expectFound({ tags: ['t-ransom', 't-phish'] }, ['ransom', 'phish']);
    await expectFound({ tags: 'no-such-tag' }, []);
  });

  it('filters by status, and counts statuses for the same other filters', async () => {
    await expectFound({ status: 'open' }, ['ransom', 'beacon']);
    await expectFound({ status: 'in-progress' }, ['phish']);
    const closed = await expectFound({ status: 'closed' }, ['brute']);
    expect(closed.count_closed_cases).toBe(1);
    const shared = await expectFound({ tags: 't-shared' }, ['ransom', 'phish', 'brute']);
    expect(shared).toMatchObject({ count_open_cases: 1, count_in_progress_cases: 1, count_closed_cases: 1 });
    const malware = await expectFound({ category: 'malware' }, ['ransom', 'beacon']);
    expect(malware).toMatchObject({ count_open_cases: 2, count_in_progress_cases: 0, count_closed_cases: 0 });
  });

  it('counts every status even when the status filter narrows the cases, as Kibana does', async () => {
    const body = await expectFound({ tags: 't-shared', status: 'open' }, ['ransom']);
    expect(body).toMatchObject({ count_open_cases: 1, count_in_progress_cases: 1, count_closed_cases: 1 });
  });

  it('filters by severity', async () => {
    await expectFound({ severity: 'critical' }, ['ransom']);
    await expectFound({ severity: 'medium' }, ['beacon']);
  });

  it('filters by assignees, including `none` for unassigned cases', async () => {
    await expectFound({ assignees: 'u_alice' }, ['ransom']);
    await expectFound({ assignees: 'none' }, ['phish', 'beacon']);
    await expectFound({ assignees: ['none', 'u_bob'] }, ['phish', 'brute', 'beacon']);
  });

  it('filters by reporters, category and owner', async () => {
    await expectFound({ reporters: 'elastic' }, ['ransom', 'phish', 'brute', 'beacon']);
    await expectFound({ reporters: 'nobody' }, []);
    await expectFound({ category: 'phishing' }, ['phish']);
    await expectFound({ category: ['malware', 'phishing'] }, ['ransom', 'phish', 'beacon']);
    await expectFound({ owner: 'cases' }, ['ransom', 'phish', 'brute', 'beacon']);
    await expectFound({ owner: 'observability' }, []);
  });

  it('filters by creation date with from and to (date math or ISO dates)', async () => {
    await expectFound({ from: 'now-1d' }, ['ransom', 'phish', 'brute', 'beacon']);
    await expectFound({ to: 'now-1d' }, []);
    await expectFound({ from: '2000-01-01T00:00:00.000Z', to: 'now+1d' }, ['ransom', 'phish', 'brute', 'beacon']);
    await expectFound({ from: 'now+1d' }, []);
  });

  it('combines filters with AND', async () => {
    await expectFound({ tags: 't-shared', severity: 'critical', status: 'open', category: 'malware', assignees: 'u_alice' }, ['ransom']);
    await expectFound({ tags: 't-phish', severity: 'critical' }, []);
  });
});

describe('search', () => {
  it('searches the fields named in searchFields', async () => {
    await expectFound({ search: 'alpha', searchFields: 'title' }, ['ransom']);
    await expectFound({ search: 'alpha', searchFields: 'description' }, ['phish']);
    await expectFound({ search: 'alpha', searchFields: ['title', 'description'] }, ['ransom', 'phish']);
  });

  it('applies defaultSearchOperator between terms', async () => {
    await expectFound({ search: 'Ransomware Phishing', searchFields: 'title', defaultSearchOperator: 'OR' }, ['ransom', 'phish']);
    await expectFound({ search: 'Ransomware Phishing', searchFields: 'title', defaultSearchOperator: 'AND' }, []);
    await expectFound({ search: 'Ransomware alpha', searchFields: 'title', defaultSearchOperator: 'AND' }, ['ransom']);
  });

  it('finds case number 42 with `#42` and with a plain 42', async () => {
    for (const search of ['#42', '42']) {
      const res = await findCases(api, { search, perPage: 100 }, NUMBERED);
      expectStatus(res, 200);
      expect(res.body.cases.map((c: { incremental_id: number }) => c.incremental_id)).toEqual([42]);
    }
    const raw = await api.call('GET', `/s/${NUMBERED}/api/cases/_find?search=%2342`);
    expect(raw.body.cases.map((c: { incremental_id: number }) => c.incremental_id)).toEqual([42]);
    const byField = await findCases(api, { search: '7', searchFields: 'incremental_id.text' }, NUMBERED);
    expect(byField.body.cases.map((c: { incremental_id: number }) => c.incremental_id)).toEqual([7]);
  });

  it('finds nothing for a number no case has', async () => {
    const res = await findCases(api, { search: '#4500' }, NUMBERED);
    expectStatus(res, 200);
    expect(res.body.total).toBe(0);
  });
});

describe('sorting and pagination', () => {
  it('sorts by title, severity and creation time in both orders', async () => {
    const titles = (await find({ sortField: 'title', sortOrder: 'asc' })).body.cases.map((c: { title: string }) => c.title);
    expect(titles).toEqual(['Beaconing', 'Brute force', 'Phishing wave', 'Ransomware on host alpha']);
    const severities = (await find({ sortField: 'severity', sortOrder: 'desc' })).body.cases.map((c: { severity: string }) => c.severity);
    expect(severities).toEqual(['critical', 'high', 'medium', 'low']);
    const created = (await find({ sortField: 'createdAt', sortOrder: 'asc' })).body.cases.map((c: { id: string }) => c.id);
    expect(created).toEqual([ids.ransom, ids.phish, ids.brute, ids.beacon]);
    const newestFirst = (await find({})).body.cases.map((c: { id: string }) => c.id);
    expect(newestFirst).toEqual([ids.beacon, ids.brute, ids.phish, ids.ransom]);
  });

  it('sorts by status, category, updatedAt and closedAt without error', async () => {
    for (const sortField of ['status', 'category', 'updatedAt', 'closedAt']) {
      const res = await find({ sortField, sortOrder: 'asc' });
      expectStatus(res, 200);
      expect(res.body.total).toBe(4);
    }
  });

  it('pages through results with page and perPage', async () => {
    const all = (await find({ sortField: 'title', sortOrder: 'asc' })).body.cases.map((c: { id: string }) => c.id);
    const page2 = await find({ sortField: 'title', sortOrder: 'asc', page: 2, perPage: 3 });
    expectStatus(page2, 200);
    expect(page2.body).toMatchObject({ page: 2, per_page: 3, total: 4 });
    expect(page2.body.cases.map((c: { id: string }) => c.id)).toEqual(all.slice(3));
    const beyond = await find({ page: 5, perPage: 3 });
    expect(beyond.body.cases).toEqual([]);
    expect(beyond.body.total).toBe(4);
  });

  it('defaults to page 1 and 20 per page', async () => {
    const res = await findCases(api, {}, NUMBERED);
    expect(res.body).toMatchObject({ page: 1, per_page: 20, total: 45 });
    expect(res.body.cases).toHaveLength(20);
  });
});

describe('bad parameters', () => {
  it.each([
    ['status', 'pending'],
    ['severity', 'urgent'],
    ['sortField', 'color'],
    ['sortOrder', 'up'],
    ['defaultSearchOperator', 'XOR'],
    ['searchFields', 'comments'],
    ['page', 'two'],
    ['perPage', '-1'],
    ['page', '0'],
  ])('answers 400 naming %s for %s', async (param, value) => {
    expectStatus(await find({ [param]: value }), 400, new RegExp(param));
  });

  it("finds nothing for an unknown owner, as Kibana's owner filter over the authorized owners does", async () => {
    const res = await find({ owner: 'nobody' });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ total: 0, cases: [], count_open_cases: 0, count_in_progress_cases: 0, count_closed_cases: 0 });
  });

  it('answers 400 for an unknown query parameter', async () => {
    expectStatus(await find({ colour: 'red' }), 400, /colour/);
  });

  it('answers 400 for perPage over 100 and for page × perPage over 10,000', async () => {
    expectStatus(await find({ perPage: 100, page: 100 }), 200);
    expectStatus(await find({ perPage: 101 }), 400, /perPage/);
    expectStatus(await find({ perPage: 100, page: 101 }), 400, /10,?000|page/);
  });

  it('answers 400 for a date that is not date math or ISO', async () => {
    expectStatus(await find({ from: 'last tuesday' }), 400, /from/);
  });
});
