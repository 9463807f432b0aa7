import { CASE_COMMENT_SAVED_OBJECT } from '../../../common/constants';
import { caseStatuses } from '../../../common/registries/case_statuses';
import { createCasesRegistries } from '../../registries/cases_registries';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

// Registered before the harness freezes the registries, as a plugin's setup would.
caseStatuses.register({ id: 'triage', stage: 'in-progress', label: 'Triage', sortRank: 3, color: 'accent' });

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const iso = (ms: number) => new Date(ms).toISOString();
const JIRA = { id: 'jira-1', name: 'Jira', type: '.jira' as const, fields: { issueType: null, priority: null, parent: null } };

async function setStatus(id: string, status: string) {
  const current = await h.client().cases.get(id, false);
  await h.client().cases.update({ cases: [{ id, version: current.version, status }] });
}

describe('single case metrics: lifespan', () => {
  it('replays open → in progress → closed → reopened from the status user actions', async () => {
    const start = h.clock.now;
    const created = await h.client().cases.create(newCase());
    h.clock.now += 60_000;
    await setStatus(created.id, 'in-progress');
    h.clock.now += 120_000;
    await setStatus(created.id, 'closed');
    h.clock.now += 300_000;
    await setStatus(created.id, 'open');
    const reopened = h.clock.now;
    h.clock.now += 10_000;
    // A registered status counts toward its stage (in progress).
    await setStatus(created.id, 'triage');
    h.clock.now += 5_000;

    expect(await h.client().metrics.getCaseMetrics(created.id, { features: ['lifespan'] })).toEqual({
      lifespan: {
        creationDate: iso(start),
        closeDate: null,
        // open: 60 s + 10 s; in progress: 120 s + 5 s (up to now); the 300 s closed count nowhere. Milliseconds, as Kibana.
        statusInfo: { openDuration: 70_000, inProgressDuration: 125_000, reopenDates: [iso(reopened)] },
      },
    });
  });

  it('answers the close date of a closed case, and stops its clock', async () => {
    const created = await h.client().cases.create(newCase());
    h.clock.now += 1_000;
    await setStatus(created.id, 'closed');
    const closedAt = h.clock.now;
    h.clock.now += 99_000;
    const { lifespan } = await h.client().metrics.getCaseMetrics(created.id, { features: ['lifespan'] });
    expect(lifespan).toMatchObject({ closeDate: iso(closedAt), statusInfo: { openDuration: 1_000, inProgressDuration: 0, reopenDates: [] } });
  });
});

describe('single case metrics: connectors', () => {
  it('counts the distinct connectors the case has had, never the none connector', async () => {
    const created = await h.client().cases.create(newCase());
    expect(await h.client().metrics.getCaseMetrics(created.id, { features: ['connectors'] })).toEqual({ connectors: { total: 0 } });

    const withJira = await h.client().cases.create(newCase({ connector: JIRA }));
    const update = async (connector: typeof JIRA | { id: string; name: string; type: '.none'; fields: null }) => {
      const current = await h.client().cases.get(withJira.id, false);
      await h.client().cases.update({ cases: [{ id: withJira.id, version: current.version, connector }] });
    };
    await update({ id: 'none', name: 'none', type: '.none', fields: null });
    await update({ ...JIRA, id: 'jira-2' });
    await update(JIRA);
    expect(await h.client().metrics.getCaseMetrics(withJira.id, { features: ['connectors'] })).toEqual({ connectors: { total: 2 } });
  });
});

describe('single case metrics: alerts.count', () => {
  it('counts the alert ids of the case, over every alert attachment, and nothing of other cases', async () => {
    const theCase = await h.client().cases.create(newCase());
    const other = await h.client().cases.create(newCase());
    const attach = (caseId: string, alertId: string | string[]) =>
      h.objects().create(
        CASE_COMMENT_SAVED_OBJECT,
        {
          type: 'alert',
          alertId,
          index: Array.isArray(alertId) ? alertId.map(() => '.alerts-security.alerts-default') : '.alerts-security.alerts-default',
          rule: { id: 'r1', name: 'Rule 1' },
          owner: 'securitySolution',
          case_id: caseId,
          created_at: iso(h.clock.now),
          created_by: { username: 'elastic', full_name: null, email: null },
          pushed_at: null,
          pushed_by: null,
          updated_at: null,
          updated_by: null,
        },
        { references: [{ type: 'cases', id: caseId, name: 'associated-cases' }] },
      );
    await attach(theCase.id, ['a1', 'a2', 'a3']);
    await attach(theCase.id, 'a4');
    await attach(other.id, ['a1', 'b2']);
    await h.client().attachments.add(theCase.id, { type: 'user', comment: 'not an alert', owner: 'securitySolution' });

    expect(await h.client().metrics.getCaseMetrics(theCase.id, { features: ['alerts.count'] })).toEqual({ alerts: { count: 4 } });
    const empty = await h.client().cases.create(newCase());
    expect(await h.client().metrics.getCaseMetrics(empty.id, { features: ['alerts.count'] })).toEqual({ alerts: { count: 0 } });
  });
});

describe('single case metrics: requests', () => {
  it('merges several features into one answer, each asked once', async () => {
    const created = await h.client().cases.create(newCase());
    const metrics = await h.client().metrics.getCaseMetrics(created.id, { features: ['connectors', 'alerts.count', 'lifespan', 'connectors'] });
    expect(Object.keys(metrics).sort()).toEqual(['alerts', 'connectors', 'lifespan']);
    expect(metrics).toMatchObject({ alerts: { count: 0 }, connectors: { total: 0 } });
  });

  it("refuses an unknown feature with Kibana's 400, naming the valid ones", async () => {
    const created = await h.client().cases.create(newCase());
    await expect(h.client().metrics.getCaseMetrics(created.id, { features: ['bananas', 'lifespan', 'mttr'] })).rejects.toMatchObject({
      statusCode: 400,
      message: 'invalid features: [bananas, mttr], please only provide valid features: [alerts.count, alerts.hosts, alerts.users, connectors, lifespan]',
    });
  });

  it('answers 404 for a case that does not exist, or lives in another space', async () => {
    await expect(h.client().metrics.getCaseMetrics('nope', { features: ['lifespan'] })).rejects.toMatchObject({ statusCode: 404 });
    const elsewhere = await h.client('soc-eu').cases.create(newCase());
    await expect(h.client().metrics.getCaseMetrics(elsewhere.id, { features: ['lifespan'] })).rejects.toMatchObject({ statusCode: 404 });
  });

  it("authorizes getCaseMetrics on the case's owner before the features are checked or computed", async () => {
    const created = await h.client().cases.create(newCase());
    h.allowed.owners = ['observability'];
    h.calls.length = 0;
    await expect(h.client().metrics.getCaseMetrics(created.id, { features: ['bananas'] })).rejects.toMatchObject({ statusCode: 403 });
    expect(h.calls).toEqual([{ kind: 'ensure', name: 'getCaseMetrics', owners: ['securitySolution'] }]);
    h.allowed.owners = ['securitySolution'];
    await expect(h.client().metrics.getCaseMetrics(created.id, { features: ['lifespan'] })).resolves.toHaveProperty('lifespan');
  });

  it('answers a feature registered at setup beside the built-in ones', async () => {
    const registries = createCasesRegistries();
    registries.caseMetrics.register({ id: 'alerts.widgets', compute: async (_args, theCase) => ({ 'alerts.widgets': theCase.attributes.title }) });
    const other = await createHarness({ registries });
    try {
      const created = await other.client().cases.create(newCase({ title: 'Widget case' }));
      expect(await other.client().metrics.getCaseMetrics(created.id, { features: ['alerts.widgets', 'alerts.count'] })).toEqual({
        'alerts.widgets': 'Widget case',
        alerts: { count: 0 },
      });
      expect(() => registries.caseMetrics.register({ id: 'late', compute: async () => ({}) })).toThrow(/frozen/);
    } finally {
      await other.close();
    }
  });
});
