/**
 * Kibana's order for by-id operations: fetch, then check the owner × operation on the object.
 * An unknown id is a 404 whoever asks; a case in a space where the caller holds nothing is a
 * 404 too (the space is invisible); a case the caller can see but may not act on is a 403.
 */
import { testUser } from '../core/mocks';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import type { Case } from '../../common/types/domain/case';
import { createHarness, newCase, type Harness } from './__fixtures__/client_harness';
import type { CasesClient } from '.';

let h: Harness;
let c: Case;
let commentId: string;
let commentVersion: string;

const OWNER = 'securitySolution';
const comment = (text: string): AttachmentRequest => ({ type: 'user', comment: text, owner: OWNER });
const alert = { type: 'alert', alertId: ['a1'], index: ['.alerts-security.alerts-default'], rule: { id: 'r', name: 'Rule' }, owner: OWNER } as AttachmentRequest;

/** Holds only Observability's cases (read): some privilege in every space, none on Security's cases. */
const obsReader = testUser(['obs_read'], { username: 'olga', profile_uid: 'u_olga' });
/** Holds Security's cases, all, in another space only: nothing at all in the default space. */
const euAnalyst = testUser(['sec_all_eu'], { username: 'eve', profile_uid: 'u_eve' });
const viewer = testUser(['viewer'], { username: 'vic', profile_uid: 'u_vic' });
const nobody = testUser([], { username: 'nora', profile_uid: 'u_nora' });

beforeEach(async () => {
  h = await createHarness();
  h.roles.set('obs_read', [{ base: [], feature: { observabilityCasesV3: ['read'] }, spaces: ['*'] }]);
  h.roles.set('sec_all_eu', [{ base: [], feature: { securitySolutionCasesV3: ['all'] }, spaces: ['soc-eu'] }]);
  const created = await h.client().cases.create(newCase());
  await h.client().attachments.add(created.id, alert);
  const withComment = await h.client().attachments.add(created.id, comment('first'));
  const userComment = withComment.comments.find((x) => x.type === 'user')!;
  commentId = userComment.id;
  commentVersion = userComment.version;
  c = withComment;
});
afterEach(() => h.close());

interface ByIdOperation {
  name: string;
  /** Whether a reader may do it: a refused reader must then be one without read. */
  read: boolean;
  /** Kibana answers an empty list, not a 404, for an unknown case (the comments page). */
  unknownIsEmpty?: boolean;
  run(client: CasesClient, caseId: string, commentId: string): Promise<unknown>;
}

const OPERATIONS: ByIdOperation[] = [
  { name: 'get case', read: true, run: (cl, id) => cl.cases.get(id) },
  { name: 'resolve case', read: true, run: (cl, id) => cl.cases.resolve(id) },
  { name: 'case metrics', read: true, run: (cl, id) => cl.metrics.getCaseMetrics(id, { features: ['lifespan'] }) },
  { name: 'find user actions', read: true, run: (cl, id) => cl.userActions.find(id, {}) },
  { name: 'case users', read: true, run: (cl, id) => cl.userActions.getUsers(id) },
  { name: 'get comment', read: true, run: (cl, id, cid) => cl.attachments.get(id, cid) },
  { name: 'find comments', read: true, unknownIsEmpty: true, run: (cl, id) => cl.attachments.find(id, {}) },
  { name: 'alerts of a case', read: true, run: (cl, id) => cl.attachments.getAllAlertsAttachToCase(id) },
  { name: 'find case alerts', read: true, run: (cl, id) => cl.caseAlerts.find(id, {}) },
  { name: 'find case events', read: true, run: (cl, id) => cl.caseAlerts.findEvents(id, {}) },
  { name: 'add comment', read: false, run: (cl, id) => cl.attachments.add(id, comment('again')) },
  { name: 'bulk create attachments', read: false, run: (cl, id) => cl.attachments.bulkCreate(id, [comment('again')]) },
  {
    name: 'patch comment',
    read: false,
    run: (cl, id, cid) => cl.attachments.update(id, { id: cid, version: commentVersion, type: 'user', comment: 'edited', owner: OWNER }),
  },
  { name: 'delete comment', read: false, run: (cl, id, cid) => cl.attachments.delete(id, cid) },
  { name: 'delete all comments', read: false, run: (cl, id) => cl.attachments.deleteAll(id) },
  { name: 'remove case alerts', read: false, run: (cl, id) => cl.caseAlerts.remove(id, ['a1']) },
  { name: 'put custom field', read: false, run: (cl, id) => cl.cases.replaceCustomField(id, 'k', { caseVersion: c.version, value: 'x' }) },
  { name: 'delete case', read: false, run: (cl, id) => cl.cases.delete([id]) },
  { name: 'patch case', read: false, run: (cl, id) => cl.cases.update({ cases: [{ id, version: c.version, title: 'renamed' }] }) },
];

const statusOf = async (p: Promise<unknown>): Promise<number | 'ok'> =>
  p.then(
    () => 'ok' as const,
    (e: { statusCode?: number }) => e.statusCode ?? -1,
  );

describe.each(OPERATIONS)('$name', (operation) => {
  it('answers 404 (or, where Kibana does, an empty list) for an unknown case whoever asks, superuser and caller without any privilege alike', async () => {
    for (const user of [undefined, viewer, obsReader, euAnalyst, nobody]) {
      const answer = operation.run(h.client('default', user), 'missing', commentId);
      if (operation.unknownIsEmpty) {
        await expect(answer).resolves.toMatchObject({ total: 0 });
        continue;
      }
      expect([user?.username ?? 'elastic', await statusOf(answer)]).toEqual([user?.username ?? 'elastic', 404]);
    }
  });

  it('answers 404 for a case in a space where the caller holds no privilege, and writes nothing', async () => {
    for (const user of [euAnalyst, nobody]) {
      expect(await statusOf(operation.run(h.client('default', user), c.id, commentId))).toBe(404);
    }
    expect((await h.client().cases.get(c.id)).version).toBe(c.version);
  });

  it('answers 403 for a case the caller can see but may not act on, after checking the fetched object', async () => {
    const refused = operation.read ? obsReader : viewer;
    h.asked.length = 0;
    expect(await statusOf(operation.run(h.client('default', refused), c.id, commentId))).toBe(403);
    // The refusal came from a check on the fetched object: its id and owner, not just an owner.
    const byId = h.asked.filter((a) => a.entities !== undefined);
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((a) => a.entities!.every((e) => e.owner === OWNER))).toBe(true);
    expect((await h.client().cases.get(c.id)).version).toBe(c.version);
  });
});

describe('an unknown comment on a known case', () => {
  it.each(['get comment', 'patch comment', 'delete comment'])('is a 404 for %s, even to a caller who may not touch comments', async (name) => {
    const operation = OPERATIONS.find((o) => o.name === name)!;
    for (const user of [undefined, viewer, obsReader, nobody]) {
      expect(await statusOf(operation.run(h.client('default', user), c.id, 'missing'))).toBe(404);
    }
  });

  it.each(['get comment', 'patch comment', 'delete comment'])('is a 404 for %s when the comment belongs to another case', async (name) => {
    const operation = OPERATIONS.find((o) => o.name === name)!;
    const other = await h.client().cases.create(newCase());
    for (const user of [undefined, viewer, obsReader, nobody]) {
      expect(await statusOf(operation.run(h.client('default', user), other.id, commentId))).toBe(404);
    }
  });
});

describe('a case the caller may act on', () => {
  it('is read by id by a viewer, with the check naming the case', async () => {
    h.asked.length = 0;
    expect((await h.client('default', viewer).cases.get(c.id)).id).toBe(c.id);
    expect(h.asked).toContainEqual(expect.objectContaining({ operation: expect.objectContaining({ name: 'getCase' }), entities: [{ id: c.id, owner: OWNER }] }));
  });

  it('is seen by an analyst in the space granted, and is invisible from another', async () => {
    const eu = await h.client('soc-eu').cases.create(newCase());
    expect((await h.client('soc-eu', euAnalyst).cases.get(eu.id)).id).toBe(eu.id);
    expect(await statusOf(h.client('default', euAnalyst).cases.find({}))).toBe(403);
    expect((await h.client('soc-eu', euAnalyst).cases.find({})).cases.map((x) => x.id)).toEqual([eu.id]);
  });
});
