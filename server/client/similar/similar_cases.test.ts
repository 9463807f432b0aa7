/**
 * Similar cases and the observable value search, on the real SQLite backend through the
 * client: observables are added through the observables client, as the routes add them.
 */
import { decodeOrThrow } from '../../../common/core/codec';
import { ConfigurationRequestRt } from '../../../common/types/api/configure';
import { ObservablesSearchRequestRt } from '../../../common/types/api/similar_cases';
import { CasesSearchRequestRt } from '../../../common/types/api/search_cases';
import type { Case } from '../../../common/types/domain/case';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const IPV4 = 'observable-type-ipv4';
const HOST = 'observable-type-hostname';
const PATH = 'observable-type-file-path';
type Pair = [typeKey: string, value: string];

async function caseWith(title: string, pairs: Pair[], overrides: Record<string, unknown> = {}, spaceId?: string): Promise<Case> {
  const client = h.client(spaceId);
  const created = await client.cases.create(newCase({ title, ...overrides }));
  h.clock.now += 60_000;
  if (pairs.length === 0) return created;
  return client.observables.bulkAdd(created.id, { observables: pairs.map(([typeKey, value]) => ({ typeKey, value, description: null })) });
}

const similar = (c: Case, body: Record<string, unknown> = {}, spaceId?: string) => h.client(spaceId).similar.find(c.id, body);
const titles = (found: { cases: Array<{ title: string }> }) => found.cases.map((c) => c.title);

describe('findSimilarCases', () => {
  it('orders by shared pairs, then newest first, names the shared pairs, and excludes the case itself', async () => {
    const base = await caseWith('base', [[IPV4, '10.0.0.1'], [IPV4, '10.0.0.2'], [HOST, 'web-1']]);
    await caseWith('one old', [[IPV4, '10.0.0.1']]);
    await caseWith('two', [[IPV4, '10.0.0.1'], [HOST, 'web-1'], [IPV4, '192.0.2.1']]);
    await caseWith('one new', [[IPV4, '10.0.0.2']]);
    // The same value under another type is not the same observable.
    await caseWith('other type', [[PATH, '10.0.0.1']]);
    await caseWith('nothing', []);

    const found = await similar(base);
    expect(titles(found)).toEqual(['two', 'one new', 'one old']);
    expect(found).toMatchObject({ page: 1, per_page: 20, total: 3 });
    expect(found.cases[0].similarities.observables).toEqual([
      { typeKey: IPV4, value: '10.0.0.1', typeLabel: 'IPv4' },
      { typeKey: HOST, value: 'web-1', typeLabel: 'Hostname' },
    ]);
    // Flattened as _find answers: no comments, the totals.
    expect(found.cases[0]).toMatchObject({ comments: [], totalComment: 0 });
    expect(found.cases[0]).not.toHaveProperty('observable_keys');
  });

  it('pages with an exact total', async () => {
    const base = await caseWith('base', [[IPV4, '10.0.0.1']]);
    for (let n = 0; n < 5; n++) await caseWith(`c${n}`, [[IPV4, '10.0.0.1']]);
    const pages = [await similar(base, { page: 1, perPage: 2 }), await similar(base, { page: 2, perPage: 2 }), await similar(base, { page: 3, perPage: 2 })];
    expect(pages.map(titles)).toEqual([['c4', 'c3'], ['c2', 'c1'], ['c0']]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
  });

  it('keeps to the same owner and the same space', async () => {
    const base = await caseWith('base', [[IPV4, '10.0.0.1']]);
    await caseWith('other owner', [[IPV4, '10.0.0.1']], { owner: 'cases' });
    await caseWith('other space', [[IPV4, '10.0.0.1']], {}, 'space-b');
    await caseWith('same', [[IPV4, '10.0.0.1']]);
    expect(titles(await similar(base))).toEqual(['same']);
  });

  it("answers Kibana's empty page for a case without observables", async () => {
    const base = await caseWith('base', []);
    await caseWith('other', [[IPV4, '10.0.0.1']]);
    await expect(similar(base)).resolves.toEqual({ cases: [], page: 1, per_page: 0, total: 0 });
    await expect(similar(base, { perPage: 5 })).resolves.toEqual({ cases: [], page: 1, per_page: 5, total: 0 });
  });

  it('stops matching on a custom type once it is deleted from the configuration', async () => {
    const NONE = { id: 'none', name: 'none', type: '.none', fields: null };
    const config = await h.client().configure.create(
      decodeOrThrow(ConfigurationRequestRt, { owner: 'securitySolution', connector: NONE, closure_type: 'close-by-user', observableTypes: [{ key: 'ticket', label: 'Ticket' }] }),
    );
    const base = await caseWith('base', [['ticket', 'T-1'], [IPV4, '10.0.0.9']]);
    await caseWith('ticket only', [['ticket', 'T-1']]);
    await caseWith('ip only', [[IPV4, '10.0.0.9']]);
    expect(titles(await similar(base))).toEqual(['ip only', 'ticket only']);
    expect((await similar(base)).cases[1].similarities.observables).toEqual([{ typeKey: 'ticket', value: 'T-1', typeLabel: 'Ticket' }]);
    await h.client().configure.update(config.id, { version: config.version, observableTypes: [] });
    expect(titles(await similar(base))).toEqual(['ip only']);
  });

  it('is a 404 for an unknown case and a 403 for a caller who may not read its owner', async () => {
    const base = await caseWith('base', [[IPV4, '10.0.0.1']]);
    await expect(h.client().similar.find('missing', {})).rejects.toMatchObject({ statusCode: 404 });
    h.allowed.owners = ['cases'];
    await expect(similar(base)).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('searchObservables', () => {
  const search = (body: Record<string, unknown>) => h.client().similar.searchObservables(decodeOrThrow(ObservablesSearchRequestRt, body));

  it('finds every readable case holding the value under any type, newest first, with the matching observables', async () => {
    const a = await caseWith('a', [[IPV4, '203.0.113.7'], [HOST, 'web-1']]);
    await caseWith('b', [[PATH, '203.0.113.7']], { owner: 'cases' });
    await caseWith('c', [[IPV4, '203.0.113.8']]);
    const found = (await search({ value: '203.0.113.7' })) as { cases: Array<Case & { matches: { observables: Array<{ typeKey: string }> } }>; total: number };
    expect(titles(found)).toEqual(['b', 'a']);
    expect(found.total).toBe(2);
    expect(found.cases[1].matches.observables.map((o) => o.typeKey)).toEqual([IPV4]);
    expect(titles((await search({ value: '203.0.113.7', typeKey: IPV4 })) as { cases: Case[] })).toEqual(['a']);
    expect(titles((await search({ value: '203.0.113.7', owner: 'cases' })) as { cases: Case[] })).toEqual(['b']);

    // The counts: other cases holding each value, the viewed case not counted.
    await expect(search({ values: ['203.0.113.7', 'web-1', 'nowhere'], caseId: a.id })).resolves.toEqual({
      counts: { '203.0.113.7': 1, 'web-1': 0, nowhere: 0 },
    });
    await expect(search({ values: ['203.0.113.7'] })).resolves.toEqual({ counts: { '203.0.113.7': 2 } });
  });

  it("finds a value under an owner's custom type until the type is deleted, and counts the same cases", async () => {
    const config = await h.client().configure.create(
      decodeOrThrow(ConfigurationRequestRt, {
        owner: 'securitySolution',
        connector: { id: 'none', name: 'none', type: '.none', fields: null },
        closure_type: 'close-by-user',
        observableTypes: [{ key: 'ticket', label: 'Ticket' }],
      }),
    );
    const a = await caseWith('a', [['ticket', 'T-1']]);
    await caseWith('b', [['ticket', 'T-1'], [HOST, 'T-1']]);
    expect(titles((await search({ value: 'T-1' })) as { cases: Case[] })).toEqual(['b', 'a']);
    await expect(search({ values: ['T-1'], caseId: a.id })).resolves.toEqual({ counts: { 'T-1': 1 } });

    await h.client().configure.update(config.id, { version: config.version, observableTypes: [] });
    const found = (await search({ value: 'T-1' })) as { cases: Array<Case & { matches: { observables: Array<{ typeKey: string }> } }> };
    expect(titles(found)).toEqual(['b']);
    expect(found.cases[0].matches.observables.map((o) => o.typeKey)).toEqual([HOST]);
    // The viewed case no longer holds the value under an available type: nothing to subtract.
    await expect(search({ values: ['T-1'], caseId: a.id })).resolves.toEqual({ counts: { 'T-1': 1 } });
    // Naming the type still finds its observables.
    expect(titles((await search({ value: 'T-1', typeKey: 'ticket' })) as { cases: Case[] })).toEqual(['b', 'a']);
  });

  it('counts only what the caller may read', async () => {
    await caseWith('a', [[IPV4, '203.0.113.7']]);
    await caseWith('b', [[IPV4, '203.0.113.7']], { owner: 'cases' });
    h.allowed.owners = ['cases'];
    await expect(search({ values: ['203.0.113.7'] })).resolves.toEqual({ counts: { '203.0.113.7': 1 } });
    expect(titles((await search({ value: '203.0.113.7' })) as { cases: Case[] })).toEqual(['b']);
  });
});

describe("the list's search box (_search)", () => {
  const search = (body: Record<string, unknown>) => h.client().cases.search(decodeOrThrow(CasesSearchRequestRt, { perPage: 100, ...body }));

  it('finds the cases holding a value typed whole, besides the text matches, and nothing more for ordinary words', async () => {
    await caseWith('holder', [[IPV4, '203.0.113.7']]);
    await caseWith('mentions 203.0.113.7 in its title', []);
    await caseWith('unrelated', [[IPV4, '203.0.113.8']]);
    expect(titles(await search({ search: '203.0.113.7' })).sort()).toEqual(['holder', 'mentions 203.0.113.7 in its title']);
    expect(titles(await search({ search: 'unrelated' }))).toEqual(['unrelated']);
    // Kibana's _find is unchanged: only the text.
    expect(titles(await h.client().cases.find({ search: '203.0.113.7', perPage: 100 }))).toEqual(['mentions 203.0.113.7 in its title']);
  });

  it('keeps finding a UUID value by case id too, and leaves values with quotes to the words', async () => {
    const agent = '8c1e2f6a-0b7d-4c3e-9f21-5a6b7c8d9e0f';
    await caseWith('agent holder', [['observable-type-agent-id', agent]]);
    await caseWith('quoted', [[PATH, 'C:\\a"b']]);
    const named = await caseWith('by id', []);
    expect(titles(await search({ search: agent }))).toEqual(['agent holder']);
    expect(titles(await search({ search: named.id }))).toEqual(['by id']);
    await caseWith('holds the id as a value', [['observable-type-agent-id', named.id]]);
    expect(titles(await search({ search: named.id })).sort()).toEqual(['by id', 'holds the id as a value']);
    expect(titles(await search({ search: 'C:\\a"b' }))).toEqual([]);
  });
});
