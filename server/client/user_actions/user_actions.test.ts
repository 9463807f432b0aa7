import { MAX_USER_ACTIONS_PER_CASE } from '../../../common/constants';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import { createCasesRegistries } from '../../registries/cases_registries';
import type { CasesClientArgs } from '../types';
import { commentAction, userAction } from './builders';
import { ensureRoomForUserActions, userActionsLimitMessage } from './limit';
import type { UserActionPayload } from '../../../common/types/domain/user_action';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const common = { caseId: 'c1', owner: 'cases' as const, user: { username: 'elastic', full_name: null, email: null }, createdAt: '2024-01-01T00:00:00.000Z' };

describe('user actions', () => {
  // Kibana writes a tags replacement as `add` then `delete`; both share one timestamp, so the
  // tie is broken by ids that grow in write order. Repeated to catch a random order.
  it('reads a tags replacement back as add then delete, every time', async () => {
    const client = h.client();
    for (let i = 0; i < 10; i++) {
      const c = await client.cases.create(newCase({ tags: ['old'] }));
      await client.cases.update({ cases: [{ id: c.id, version: c.version, tags: ['new'] }] });
      const asc = (await client.userActions.find(c.id, { types: ['tags'], sortOrder: 'asc' })).userActions.map((u) => u.action);
      const desc = (await client.userActions.find(c.id, { types: ['tags'], sortOrder: 'desc' })).userActions.map((u) => u.action);
      const legacy = (await client.userActions.getAll(c.id)).filter((u) => u.type === 'tags').map((u) => u.action);
      expect({ asc, desc, legacy }).toEqual({ asc: ['add', 'delete'], desc: ['delete', 'add'], legacy: ['add', 'delete'] });
    }
  });

  // Kibana: find_user_actions on a deleted case answers 404; the deprecated list answers [].
  it('answers 404 on _find for a missing case, and an empty deprecated list', async () => {
    const client = h.client();
    await expect(client.userActions.find('missing', {})).rejects.toMatchObject({ statusCode: 404 });
    await expect(client.userActions.getAll('missing')).resolves.toEqual([]);
  });

  it('refuses at write time a payload its type does not declare', async () => {
    const c = await h.client().cases.create(newCase());
    const bad = userAction({ ...common, caseId: c.id }, 'update', 'title', { titel: 'typo' } as unknown as UserActionPayload<'title'>);
    const registries = createCasesRegistries();
    const badComment = commentAction({ registries }, { ...common, caseId: c.id }, 'create', 'x', { type: 'user', owner: 'cases', comment: 42 });
    const unknownComment = commentAction({ registries }, { ...common, caseId: c.id }, 'create', 'x', { type: 'nope', owner: 'cases' });
    const userActionTypes = registries.userActions;
    expect(() => userActionTypes.validate(bad.attributes)).toThrow('Invalid title user-action payload');
    expect(() => userActionTypes.validate(badComment.attributes)).toThrow('Invalid comment user-action payload');
    expect(() => userActionTypes.validate(unknownComment.attributes)).toThrow('Attachment type nope is not registered.');
    expect(() => userActionTypes.validate({ type: 'observables', payload: { observables: { count: 1, actionType: 'add' } } })).not.toThrow();
  });

  // Kibana's validateMaxUserActions: checked before a write that adds entries, with this message.
  it('refuses a write that would pass MAX_USER_ACTIONS_PER_CASE', async () => {
    const counts = new Map([['full', MAX_USER_ACTIONS_PER_CASE - 1]]);
    const args = { services: { userActions: { countByCase: async (ids: string[]) => new Map(ids.map((id) => [id, counts.get(id) ?? 0])) } } } as unknown as CasesClientArgs;
    await expect(ensureRoomForUserActions(args, new Map([['full', 1]]))).resolves.toBeUndefined();
    await expect(ensureRoomForUserActions(args, new Map([['other', 5], ['full', 2]]))).rejects.toMatchObject({
      statusCode: 400,
      message: `The case with id full has reached the limit of ${MAX_USER_ACTIONS_PER_CASE} user actions.`,
    });
    expect(userActionsLimitMessage('x')).toBe('The case with id x has reached the limit of 10000 user actions.');
  });

});
