/**
 * A status registered during setup flows through like Kibana's: the codecs accept it, it sorts
 * by its rank, it counts toward its stage, and it moves the lifecycle times as its stage does.
 */
import { caseStatuses } from '../../../common/registries/case_statuses';
import { decodeOrThrow } from '../../../common/core/codec';
import { CasesFindQueryRt, CasePatchRequestRt } from '../../../common/types/api/case';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

// Registered before the harness freezes the registries, as a plugin's setup would.
caseStatuses.register({ id: 'l2-investigation', stage: 'in-progress', label: 'L2 investigation', sortRank: 3, color: 'accent' });

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const setStatus = async (id: string, status: string) => {
  const current = await h.client().cases.get(id);
  const [updated] = await h.client().cases.update({ cases: [{ id, version: current.version, status }] });
  return updated;
};

describe('a registered case status', () => {
  it('is accepted by the request codecs, and an unknown one still is not', () => {
    expect(decodeOrThrow(CasePatchRequestRt, { id: 'a', version: 'v', status: 'l2-investigation' }).status).toBe('l2-investigation');
    expect(decodeOrThrow(CasesFindQueryRt, { status: 'l2-investigation' }).status).toEqual(['l2-investigation']);
    expect(() => decodeOrThrow(CasePatchRequestRt, { id: 'a', version: 'v', status: 'l9' })).toThrow(/status/);
  });

  it("moves the case's lifecycle as its stage does, and a move within the stage changes no time", async () => {
    const created = await h.client().cases.create(newCase());
    h.clock.now += 30_000;
    const investigating = await setStatus(created.id, 'l2-investigation');
    expect(investigating).toMatchObject({ status: 'l2-investigation', in_progress_at: '2024-01-01T00:00:30.000Z', closed_at: null });
    h.clock.now += 30_000;
    const inProgress = await setStatus(created.id, 'in-progress');
    expect(inProgress).toMatchObject({ status: 'in-progress', in_progress_at: '2024-01-01T00:00:30.000Z' });
    expect(inProgress.time_to_acknowledge).toBe(investigating.time_to_acknowledge);
  });

  it('counts toward its stage, filters by its id and sorts by its rank', async () => {
    // Created against the rank order, so neither creation time nor the status's name explains the sort.
    const l2 = await h.client().cases.create(newCase({ title: 'l2' }));
    h.clock.now += 1000;
    const closed = await h.client().cases.create(newCase({ title: 'closed' }));
    h.clock.now += 1000;
    const open = await h.client().cases.create(newCase({ title: 'open' }));
    await setStatus(closed.id, 'closed');
    await setStatus(l2.id, 'l2-investigation');

    const all = await h.client().cases.find({ sortField: 'status', sortOrder: 'asc' });
    expect(all.cases.map((c) => c.id)).toEqual([open.id, closed.id, l2.id]);
    const descending = await h.client().cases.find({ sortField: 'status', sortOrder: 'desc' });
    expect(descending.cases.map((c) => c.id)).toEqual([l2.id, closed.id, open.id]);
    expect(all).toMatchObject({ count_open_cases: 1, count_in_progress_cases: 1, count_closed_cases: 1 });

    const only = await h.client().cases.find({ status: ['l2-investigation'] });
    expect(only.cases.map((c) => c.id)).toEqual([l2.id]);
    expect(only).toMatchObject({ count_open_cases: 1, count_in_progress_cases: 1, count_closed_cases: 1 });

    expect(await h.client().metrics.getCasesMetrics({ features: ['status'] })).toEqual({
      status: { open: 1, inProgress: 1, closed: 1 },
    });
  });

  it('cannot be joined by a status registered after start', () => {
    expect(() => caseStatuses.register({ id: 'late', stage: 'open', label: 'Late', sortRank: 9, color: 'default' })).toThrow(/frozen/);
  });
});
