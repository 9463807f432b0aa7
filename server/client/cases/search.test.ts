/**
 * `_search` with custom field filters on the real SQLite backend: requests decoded by the
 * route's codec first, cases written through create, patch and the PUT custom field path (so
 * every write keeps the index fields), and the answers compared with `_find`'s.
 */
import { decodeOrThrow } from '../../../common/core/codec';
import { ConfigurationRequestRt } from '../../../common/types/api/configure';
import { CasesSearchRequestRt } from '../../../common/types/api/search_cases';
import { CASE_SAVED_OBJECT } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const OWNER = 'securitySolution';
const NONE = { id: 'none', name: 'none', type: '.none', fields: null };
const field = (key: string, type: string) => ({ key, label: `Label ${key}`, type, required: false });

async function configure(customFields = [field('escalated', 'toggle'), field('impact', 'toggle'), field('ticket', 'text')]) {
  await h.client().configure.create(decodeOrThrow(ConfigurationRequestRt, { owner: OWNER, connector: NONE, closure_type: 'close-by-user', customFields }));
}

const values = (escalated: boolean | null, impact: boolean | null = null) => [
  { key: 'escalated', type: 'toggle' as const, value: escalated },
  { key: 'impact', type: 'toggle' as const, value: impact },
];

const search = (body: Record<string, unknown>) =>
  Promise.resolve().then(() => h.client().cases.search(decodeOrThrow(CasesSearchRequestRt, { owner: OWNER, perPage: 100, ...body })));
const titles = async (body: Record<string, unknown>) => (await search(body)).cases.map((c) => c.title).sort();

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return `${(e as { statusCode?: number }).statusCode ?? ((e as Error).name === 'DecodeError' ? 400 : '?')} ${(e as Error).message}`;
  }
  throw new Error('expected a refusal');
}

describe('custom field filters', () => {
  let cases: Record<string, Case>;
  beforeEach(async () => {
    await configure();
    const client = h.client();
    cases = {
      yes: await client.cases.create(newCase({ title: 'yes', customFields: values(true, true) })),
      no: await client.cases.create(newCase({ title: 'no', tags: ['phishing'], customFields: values(false, true) })),
      unset: await client.cases.create(newCase({ title: 'unset', customFields: values(null, false) })),
      // Filled by create: every defined key, null.
      missing: await client.cases.create(newCase({ title: 'missing', tags: ['phishing'] })),
    };
  });

  it('matches true, false, and null (held without a value), values of one key ORed', async () => {
    expect(await titles({ customFields: { escalated: [true] } })).toEqual(['yes']);
    expect(await titles({ customFields: { escalated: [false] } })).toEqual(['no']);
    expect(await titles({ customFields: { escalated: [null] } })).toEqual(['missing', 'unset']);
    expect(await titles({ customFields: { escalated: [true, null] } })).toEqual(['missing', 'unset', 'yes']);
    expect(await titles({ customFields: { escalated: [true, false] } })).toEqual(['no', 'yes']);
    // As Kibana: an empty list matches the cases that hold the key at all.
    expect(await titles({ customFields: { escalated: [] } })).toEqual(['missing', 'no', 'unset', 'yes']);
  });

  it('as Kibana, null does not match a case that never held the key (defined after the case was created)', async () => {
    await configure([field('escalated', 'toggle'), field('impact', 'toggle'), field('ticket', 'text'), field('late', 'toggle')]);
    const later = await h.client().cases.create(newCase({ title: 'later' }));
    expect(later.customFields.find((c) => c.key === 'late')).toEqual({ key: 'late', type: 'toggle', value: null });
    expect(await titles({ customFields: { late: [null] } })).toEqual(['later']);
  });

  it('ANDs keys, and combines with the find filters, with the counts of the same filters', async () => {
    expect(await titles({ customFields: { escalated: [true, false], impact: [true] } })).toEqual(['no', 'yes']);
    expect(await titles({ customFields: { escalated: [false], impact: [false] } })).toEqual([]);
    expect(await titles({ tags: ['phishing'], customFields: { escalated: [null, false] } })).toEqual(['missing', 'no']);
    await h.client().cases.update({ cases: [{ id: cases.no.id, version: cases.no.version, status: 'closed' }] });
    const closed = await search({ status: ['closed'], customFields: { impact: [true] } });
    expect(closed.cases.map((c) => c.title)).toEqual(['no']);
    expect(closed).toMatchObject({ total: 1, count_open_cases: 1, count_in_progress_cases: 0, count_closed_cases: 1 });
  });

  it('answers exactly as _find without custom fields', async () => {
    const body = { tags: ['phishing'], sortField: 'title', sortOrder: 'asc' };
    const searched = await search(body);
    const found = await h.client().cases.find({ owner: [OWNER], perPage: 100, tags: ['phishing'], sortField: 'title', sortOrder: 'asc' });
    expect(searched).toEqual(found);
  });

  it('follows every write: a patch that changes or clears a toggle, and the PUT custom field path', async () => {
    const client = h.client();
    const patched = await client.cases.update({ cases: [{ id: cases.yes.id, version: cases.yes.version, customFields: values(false, true) }] });
    expect(await titles({ customFields: { escalated: [true] } })).toEqual([]);
    expect(await titles({ customFields: { escalated: [false] } })).toEqual(['no', 'yes']);
    await client.cases.update({ cases: [{ id: patched[0].id, version: patched[0].version, customFields: values(null, true) }] });
    expect(await titles({ customFields: { escalated: [null] } })).toEqual(['missing', 'unset', 'yes']);

    await client.cases.replaceCustomField(cases.missing.id, 'escalated', { caseVersion: cases.missing.version, value: true });
    expect(await titles({ customFields: { escalated: [true] } })).toEqual(['missing']);
    const stored = await h.objects().get<Record<string, unknown>>(CASE_SAVED_OBJECT, cases.missing.id);
    expect(stored.attributes).toMatchObject({ custom_field_values: ['escalated=true', 'impact=null'], custom_field_keys: ['escalated'] });
  });

  it('never returns the index fields', async () => {
    const [c] = (await search({ customFields: { escalated: [true] } })).cases;
    expect(c).not.toHaveProperty('custom_field_values');
    expect(c).not.toHaveProperty('custom_field_keys');
    expect((await h.client().cases.get(c.id)) as object).not.toHaveProperty('custom_field_keys');
  });

  it('counts the cases holding a value for the Settings page, per owner', async () => {
    expect(await h.client().configure.getCustomFieldUsage('escalated', OWNER)).toEqual({ cases: 2 });
    expect(await h.client().configure.getCustomFieldUsage('impact', OWNER)).toEqual({ cases: 3 });
    expect(await h.client().configure.getCustomFieldUsage('ticket', OWNER)).toEqual({ cases: 0 });
    expect(await h.client().configure.getCustomFieldUsage('escalated', 'cases')).toEqual({ cases: 0 });
    h.allowed.owners = ['cases'];
    expect(await refusal(h.client().configure.getCustomFieldUsage('escalated', OWNER))).toMatch(/^403 /);
  });
});

describe("refusals, in Kibana's words", () => {
  it('without a configuration', async () => {
    expect(await refusal(search({ customFields: { escalated: [true] } }))).toBe('400 No custom fields configured.');
  });

  it('an unknown key, a type that cannot be filtered, a value a toggle cannot hold, too many keys', async () => {
    await configure([field('escalated', 'toggle'), field('ticket', 'text')]);
    expect(await refusal(search({ customFields: { nope: [true] } }))).toBe('400 Invalid custom field key: nope.');
    expect(await refusal(search({ customFields: { ticket: ['INC-1'] } }))).toBe('400 Filtering by custom field of type text is not allowed.');
    expect(await refusal(search({ customFields: { escalated: ['yes'] } }))).toBe('400 Unsupported filtering value for custom field of type toggle.');
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, [true]]));
    expect(await refusal(search({ customFields: eleven }))).toBe('400 Maximum 10 customFields are allowed.');
  });

  it('without exactly one owner', async () => {
    await configure();
    const message = '400 Owner must be provided. Multiple owners are not supported.';
    expect(await refusal(search({ owner: undefined, customFields: { escalated: [true] } }))).toBe(message);
    expect(await refusal(search({ owner: [OWNER, 'cases'], customFields: { escalated: [true] } }))).toBe(message);
  });

  it('the codec: unknown parameters, too many values, a non-object filter', async () => {
    expect(await refusal(search({ nope: 1 }))).toMatch(/^400 .*nope/);
    expect(await refusal(search({ customFields: { escalated: Array(11).fill(true) } }))).toMatch(/^400 .*too long/);
    expect(await refusal(search({ customFields: [true] }))).toMatch(/^400 /);
  });

  it('an owner whose configuration the caller may not read has none', async () => {
    await configure();
    h.allowed.owners = ['cases'];
    expect(await refusal(search({ customFields: { escalated: [true] } }))).toBe('400 No custom fields configured.');
  });
});
