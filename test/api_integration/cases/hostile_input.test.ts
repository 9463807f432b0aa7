/**
 * Issue 10, defects 1, 2 and 4 over HTTP: nesting, out-of-range dates and costly searches are
 * refused with 400 in Kibana's error body, and a refused request changes nothing.
 */
import { caseBody, createCase, expectStatus, findCases, qs, useCasesServer, unique } from './cases_api';

const api = useCasesServer();

const nestedText = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
const TOO_DEEP = /nested deeper than the limit of 64 levels/;

describe('deeply nested JSON', () => {
  it('refuses 10,000 levels in a string field of a create with 400, and stores nothing', async () => {
    const marker = unique('deep');
    const text = JSON.stringify(caseBody({ tags: [marker] })).replace(/"title":"[^"]*"/, `"title":${nestedText(10_000)}`);
    expectStatus(await api.call('POST', '/api/cases', { raw: text }), 400, TOO_DEEP);
    expect((await findCases(api, { tags: marker })).body.total).toBe(0);
  });

  it('refuses it on every body route: update, comment, bulk get, user-profile suggest', async () => {
    const theCase = await createCase(api);
    const deep = nestedText(10_000);
    const attempts: Array<[string, string, string]> = [
      ['PATCH', '/api/cases', `{"cases":[{"id":"${theCase.id}","version":"${theCase.version}","title":${deep}}]}`],
      ['POST', `/api/cases/${theCase.id}/comments`, `{"type":"user","owner":"cases","comment":${deep}}`],
      ['PATCH', `/api/cases/${theCase.id}/comments`, `{"type":"user","owner":"cases","id":"x","version":"y","comment":${deep}}`],
      ['POST', '/internal/cases/_bulk_get', `{"ids":${deep}}`],
      ['POST', '/internal/cases/_suggest_user_profiles', `{"name":${deep},"owners":["cases"]}`],
    ];
    for (const [method, path, raw] of attempts) expectStatus(await api.call(method, path, { raw }), 400, TOO_DEEP);
    const after = await api.call('GET', `/api/cases/${theCase.id}`);
    expect(after.body.version).toBe(theCase.version);
  });

  it('refuses 10 MB of `[` with 400 or 413, never a 5xx', async () => {
    const res = await api.call('POST', '/api/cases', { raw: '['.repeat(10 * 1024 * 1024) });
    expect([400, 413]).toContain(res.status);
  });

  it('accepts a body nested within the limit and names a wrong value there briefly', async () => {
    const res = await api.call('POST', '/api/cases', { raw: JSON.stringify(caseBody()).replace(/"title":"[^"]*"/, `"title":${nestedText(60)}`) });
    expectStatus(res, 400, /^\[request body\]: Invalid value \[\[\[\[\.\.\.\]\]\]\] supplied to "title"$/);
  });

  it('refuses a JSON array nested past the limit in a query value', async () => {
    // Brackets travel unencoded, so 6,000 levels fit in Node's 16 KB of headers; JSON.stringify overflowed on them.
    const deep = `${'['.repeat(6_000)}%22x%22${']'.repeat(6_000)}`;
    expectStatus(await api.call('GET', `/api/cases/_find?tags=${deep}`), 400, /tags value is nested deeper than the limit of 64 levels/);
  });

  it('reads bracketed query keys as plain keys: nothing nests there', async () => {
    expectStatus(await api.call('GET', '/api/cases/_find?a[b][c][d]=1'), 400, /invalid keys "a\[b\]\[c\]\[d\]"/);
  });
});

describe('out-of-range dates', () => {
  const RANGE = (name: string) => new RegExp(`"${name}" must lie between 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z`);

  it.each([
    [{ to: '9007199254740992' }, 'to'],
    [{ from: '8640000000000001' }, 'from'],
    [{ from: 'now-1000000000y' }, 'from'],
  ])('%o is 400 naming the parameter on _find and on metrics', async (dates, name) => {
    expectStatus(await findCases(api, dates), 400, RANGE(name));
    expectStatus(await api.call('GET', `/internal/cases/metrics?${qs({ features: 'status', ...dates })}`), 400, RANGE(name));
  });

  it('still accepts the bounds themselves', async () => {
    expectStatus(await findCases(api, { from: '0000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' }), 200);
  });
});

describe('search cost', () => {
  it('refuses the 340 one-letter prefixes that stalled the server, naming the limit', async () => {
    const search = Array.from({ length: 340 }, (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}*`).join(' ');
    expectStatus(await findCases(api, { search }), 400, /The maximum number of terms is 20\./);
  });

  it.each([
    ['six prefixes', 'ab* cd* ef* gh* ij* kl*', /The maximum number of prefix terms is 5\./],
    ['a one-letter prefix', 'phishing a*', /at least 2 letters or digits before the \*/],
  ])('refuses %s with 400 naming the limit', async (_what, search, message) => {
    expectStatus(await findCases(api, { search }), 400, message);
  });

  it('still searches within the limits', async () => {
    const word = unique('needle').replace(/-/g, '');
    await createCase(api, { title: `found ${word}` });
    const found = await findCases(api, { search: `${word.slice(0, 8)}* other words here` });
    expectStatus(found, 200);
    expect(found.body.total).toBeGreaterThanOrEqual(1);
  });
});
