import { forbidden, unauthorized, type AuditEvent, type AuthenticatedUser, type AuthorizationService, type EnsureAuthorizedArgs, type KibanaRequest } from '../../core';
import { caseOwnersRefusal } from './case_exchange_authorization';

const user = { username: 'eve', roles: ['sec_all_eu'] } as unknown as AuthenticatedUser;
const request = {} as KibanaRequest;

function setup(readable: Record<string, string[]>, { noUser = false } = {}) {
  const asked: EnsureAuthorizedArgs[] = [];
  const audited: AuditEvent[] = [];
  const authz = {
    getAuthorizedOwners: async (args: EnsureAuthorizedArgs) => {
      asked.push(args);
      if (!args.user) throw unauthorized();
      const allowed = args.owners.filter((owner) => (readable[args.operation.name] ?? []).includes(owner));
      if (allowed.length === 0) throw forbidden('none');
      return allowed;
    },
  } as unknown as AuthorizationService;
  const refused = caseOwnersRefusal({
    authz,
    audit: { log: (event: AuditEvent) => audited.push(event) } as never,
    getCurrentUser: () => (noUser ? null : user),
    owners: { has: (owner: string) => ['securitySolution', 'observability', 'cases'].includes(owner) },
  });
  return { refused, asked, audited };
}

describe('who may export and import cases of which owners', () => {
  it('export is reading the cases (getCase) in the space of the call', async () => {
    const { refused, asked } = setup({ getCase: ['securitySolution'] });
    const result = await refused({ request, namespace: 'soc-eu' }, 'export', ['securitySolution', 'observability']);
    expect([...result]).toEqual([['observability', 'Unauthorized to access case with owners: "observability"']]);
    expect(asked).toEqual([expect.objectContaining({ spaceId: 'soc-eu', owners: ['securitySolution', 'observability'], user })]);
    expect(asked[0]!.operation.name).toBe('getCase');
  });

  it('import is creating them (createCase); no owner allowed refuses each', async () => {
    const { refused, asked } = setup({ getCase: ['securitySolution'] });
    const result = await refused({ request, namespace: 'target' }, 'import', ['securitySolution']);
    expect([...result]).toEqual([['securitySolution', 'Unauthorized to create case with owners: "securitySolution"']]);
    expect(asked[0]!.operation.name).toBe('createCase');
  });

  it('an owner nobody registered is refused without asking, and audited', async () => {
    const { refused, asked, audited } = setup({ createCase: ['securitySolution'] });
    const result = await refused({ request, namespace: 'default' }, 'import', ['madeUp']);
    expect([...result]).toEqual([['madeUp', 'Unauthorized to create case with owners: "madeUp"']]);
    expect(asked).toEqual([]);
    expect(audited).toHaveLength(1);
    expect(audited[0]!.event.outcome).toBe('failure');
  });

  it('an anonymous caller gets the platform 401, not a list of refusals', async () => {
    const { refused } = setup({}, { noUser: true });
    await expect(refused({ request, namespace: 'default' }, 'export', ['cases'])).rejects.toMatchObject({ statusCode: 401 });
  });
});
