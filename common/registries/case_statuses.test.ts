import { caseStatuses, createCaseStatusRegistry, KIBANA_CASE_STATUSES, sortRankOf, stageOf, statusesOfStage } from './case_statuses';

describe('case statuses', () => {
  it("start with Kibana's three, each on its own stage, ranked in lifecycle order", () => {
    expect(caseStatuses.list().map(({ id, stage, sortRank }) => [id, stage, sortRank])).toEqual([
      ['open', 'open', 0],
      ['in-progress', 'in-progress', 1],
      ['closed', 'closed', 2],
    ]);
  });

  it('answer the stage and rank of a registered status, and the statuses of a stage', () => {
    const registry = createCaseStatusRegistry();
    registry.register({ id: 'l1-triage', stage: 'open', label: 'L1 triage', sortRank: 3, color: 'accent' });
    expect(stageOf('l1-triage', registry)).toBe('open');
    expect(sortRankOf('l1-triage', registry)).toBe(3);
    expect(statusesOfStage('open', registry)).toEqual(['open', 'l1-triage']);
    expect(statusesOfStage('closed', registry)).toEqual(['closed']);
    expect(() => stageOf('nope', registry)).toThrow('Unknown case status "nope"');
  });

  it.each([
    [{ id: 'Bad Id', stage: 'open', sortRank: 5 }, 'Invalid case status id "Bad Id"'],
    [{ id: 'limbo', stage: 'limbo', sortRank: 5 }, 'Case status "limbo" has an unknown stage "limbo"'],
    [{ id: 'half', stage: 'open', sortRank: 0.5 }, 'needs an integer sort rank'],
    [{ id: 'huge', stage: 'open', sortRank: 40_000 }, 'needs an integer sort rank'],
    [{ id: 'twin', stage: 'closed', sortRank: 2 }, 'Case status "twin" has the sort rank of "closed"'],
  ])('refuses a status the plugin could not use: %j', (status, message) => {
    const registry = createCaseStatusRegistry();
    expect(() => registry.register({ label: 'x', color: 'default', ...status } as never)).toThrow(message);
  });

  it('refuses a status registered after start', () => {
    const registry = createCaseStatusRegistry(KIBANA_CASE_STATUSES);
    registry.freeze();
    expect(() => registry.register({ id: 'late', stage: 'open', label: 'Late', sortRank: 9, color: 'default' })).toThrow(/frozen/);
  });
});
