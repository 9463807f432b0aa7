/**
 * The custom field index of the `cases` type on the embedded store:
 * - cases written before it existed (model version 1) filter correctly once the start has
 *   migrated them;
 * - the facets hint never changes an answer: the same cases in a type without facets give the
 *   same pages, totals and status counts for every filter shape `_search` builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASE_SAVED_OBJECT } from '../../common/constants';
import { createScopedClient, createSqliteBackend, TypeRegistry } from '../core/mocks';
import { f, type FilterNode, type SavedObjectsClientContract, type SavedObjectsType } from '../core';
import { customFieldsFilter } from '../client/cases/find_filter';
import { statusCountsAggregation, statusCountsOf } from '../client/cases/status_counts';
import { withDerivedFields } from '../services/derived_fields';
import { caseType } from './cases';

const dir = mkdtempSync(join(tmpdir(), 'cases-cf-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string, types: SavedObjectsType[]) {
  const registry = new TypeRegistry();
  for (const type of types) registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path, registry });
  await backend.start();
  return { backend, client: createScopedClient(backend.repository, { namespace: 'default' }) };
}

const TOGGLE = [true, false, null] as const;
const STATUSES = ['open', 'in-progress', 'closed'] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** A case's mapped attributes; `n` spreads every combination. Case 0 mod 7 predates the `impact` field. */
function attributes(n: number) {
  const customFields = [{ key: 'escalated', type: 'toggle', value: TOGGLE[n % 3] }, { key: 'ticket', type: 'text', value: n % 2 ? `INC-${n}` : null }];
  if (n % 7 !== 0) customFields.push({ key: 'impact', type: 'toggle', value: TOGGLE[(n >> 1) % 3] });
  return {
    title: `case ${n}`,
    owner: n % 5 === 0 ? 'cases' : 'securitySolution',
    status: STATUSES[n % 3 === 0 ? (n >> 2) % 3 : n % 3],
    severity: SEVERITIES[(n >> 3) % 4],
    tags: ['x', ...(n % 4 === 0 ? ['phishing'] : []), ...(n % 3 === 0 ? ['malware'] : [])],
    customFields,
    created_at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  };
}

const ids = async (client: SavedObjectsClientContract, type: string, filter: FilterNode) => {
  const found = await client.find({ type, filter, perPage: 1000, sort: [{ field: 'created_at', order: 'asc' }], aggs: statusCountsAggregation() });
  return { ids: found.saved_objects.map((o) => (o.attributes as { title: string }).title), total: found.total, counts: statusCountsOf(found) };
};

describe('cases written before the custom field index', () => {
  it('filter by toggle after the start migrated them, and null matches only a key held without a value', async () => {
    const path = join(dir, 'v1.db');
    const v1 = await open(path, [{ ...caseType, modelVersions: { 1: caseType.modelVersions![1] } }]);
    for (let n = 1; n <= 30; n++) await v1.client.create(CASE_SAVED_OBJECT, attributes(n), { id: `c${n}` });
    await v1.backend.close();

    const v2 = await open(path, [caseType]);
    const expected = (test: (a: ReturnType<typeof attributes>) => boolean) =>
      Array.from({ length: 30 }, (_, i) => attributes(i + 1)).filter(test).map((a) => a.title);
    const value = (a: ReturnType<typeof attributes>, key: string) => a.customFields.find((c) => c.key === key)?.value ?? null;
    const titles = async (filter: FilterNode) => (await ids(v2.client, CASE_SAVED_OBJECT, filter)).ids;

    expect(await titles(customFieldsFilter({ escalated: [true] })!)).toEqual(expected((a) => value(a, 'escalated') === true));
    // Kibana's null: a case holding the key without a value; cases that predate the field do not match.
    const heldNull = expected((a) => a.customFields.some((c) => c.key === 'impact' && c.value === null));
    expect(await titles(customFieldsFilter({ impact: [null] })!)).toEqual(heldNull);
    expect(heldNull.length).toBeLessThan(expected((a) => value(a, 'impact') === null).length);
    const read = await v2.client.get(CASE_SAVED_OBJECT, 'c1');
    expect(read.attributes).toMatchObject({ custom_field_values: ['escalated=false', 'impact=true'], custom_field_keys: ['escalated', 'ticket', 'impact'] });
    await v2.backend.close();
  });
});

describe('facets never change an answer', () => {
  const PLAIN = 'cases_without_facets';
  let faceted: SavedObjectsClientContract;
  let plain: SavedObjectsClientContract;
  let close: () => Promise<void>;
  let explain: (filter: FilterNode) => string[];

  beforeAll(async () => {
    const opened = await open(join(dir, 'facets.db'), [caseType, { ...caseType, name: PLAIN, facets: [] }]);
    for (let n = 1; n <= 120; n++) {
      const stored = withDerivedFields(attributes(n) as never);
      await opened.client.create(CASE_SAVED_OBJECT, stored, { id: `c${n}` });
      await opened.client.create(PLAIN, stored, { id: `c${n}` });
    }
    faceted = opened.client;
    plain = opened.client;
    close = () => opened.backend.close();
    explain = (filter) => opened.backend.explainFind({ type: CASE_SAVED_OBJECT, namespace: 'default', filter, perPage: 20 });
  });
  afterAll(() => close());

  const toggles: Array<Record<string, Array<boolean | null>>> = [
    { escalated: [true] },
    { escalated: [false, true] },
    { escalated: [null] },
    { escalated: [true, null] },
    { escalated: [] },
    { escalated: [true], impact: [false] },
    { impact: [null], escalated: [false] },
  ];
  const around: FilterNode[] = [
    f.terms('owner', ['securitySolution']),
    f.and(f.terms('owner', ['securitySolution', 'cases']), f.terms('severity', ['high', 'critical']), f.terms('status', ['open'])),
    f.and(f.terms('owner', ['securitySolution']), f.terms('tags', ['phishing'])),
    f.and(f.terms('owner', ['securitySolution']), f.terms('status', ['closed', 'in-progress']), f.terms('tags', ['phishing'])),
    // Two tags ANDed, and a tag naming several values beside another: more array filters with the toggles.
    f.and(f.terms('owner', ['securitySolution', 'cases']), f.terms('tags', ['phishing']), f.terms('tags', ['malware'])),
    f.and(f.terms('owner', ['securitySolution']), f.terms('severity', ['low', 'high']), f.terms('tags', ['phishing', 'malware']), f.terms('tags', ['x'])),
  ];

  it.each(toggles.flatMap((t) => around.map((a, i) => [JSON.stringify(t), i, t, a] as const)))('%s with filter %i', async (_name, _i, toggle, base) => {
    const filter = f.and(base, customFieldsFilter(toggle)!);
    const withFacets = await ids(faceted, CASE_SAVED_OBJECT, filter);
    expect(withFacets).toEqual(await ids(plain, PLAIN, filter));
    expect(withFacets.total).toBeGreaterThanOrEqual(0);
  });

  it('reads owner, severity, status and a toggle as one range of the facets index', () => {
    const filter = f.and(around[1], customFieldsFilter({ escalated: [true] })!);
    const plan = explain(filter).join('\n');
    expect(plan).toMatch(/facets/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('reads owner, severity, status, a tag and a toggle from the facets index alone', () => {
    for (const base of [around[3], around[5]]) {
      const plan = explain(f.and(base, customFieldsFilter({ escalated: [true], impact: [false, null] })!)).join('\n');
      expect(plan).toMatch(/SEARCH g EXISTS USING COVERING INDEX so:cases:facets:range/);
      expect(plan).not.toMatch(/SCAN/);
    }
  });

  it('the shapes above are not all empty', async () => {
    const totals = await Promise.all(toggles.map(async (t) => (await ids(faceted, CASE_SAVED_OBJECT, f.and(around[0], customFieldsFilter(t)!))).total));
    expect(totals.filter((total) => total > 0).length).toBeGreaterThanOrEqual(toggles.length - 1);
    // Each base filter with a toggle: the shapes with two array filters match something too.
    const withToggle = await Promise.all(around.map(async (a) => (await ids(faceted, CASE_SAVED_OBJECT, f.and(a, customFieldsFilter({ escalated: [false, true] })!))).total));
    expect(withToggle.every((total) => total > 0)).toBe(true);
  });
});
