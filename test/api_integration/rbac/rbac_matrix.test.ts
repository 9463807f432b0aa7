/**
 * The RBAC matrix (issue 15): every cases route of docs/openapi.yaml × the built-in roles and
 * one role per sub-feature × a space the roles are granted in and one they are not. The
 * expected outcome of each call comes from the test's own reading of Kibana's privileges
 * (privilege_oracle.ts, route_expectations.ts); the test counts the calls the server let
 * through against it (escapes) and the calls it refused that the oracle allows (wrong
 * refusals). Both must be 0.
 */
import { startServerProcess, type ServerProcess } from '../../helpers/server_process';
import { expected, judge, type Verdict } from './judge';
import { type TestRole } from './privilege_oracle';
import { callerFor, must, type Caller } from './rbac_client';
import { casesRoutes } from './route_catalogue';
import { ROUTE_EXPECTATIONS, type RouteCall } from './route_expectations';
import { SpaceFixtures } from './space_fixtures';
import { BUILT_IN_ROLES, CUSTOM_ROLES, MATRIX_ROLES, passwordOf, roleBody, SPACES, userNameOf } from './test_roles';

jest.setTimeout(300_000);

const ASSIGNEE = 'rbac_assignee';
let server: ServerProcess;
let superuser: Caller;
const fixtures = new Map<string, SpaceFixtures>();
const callers = new Map<string, Caller>();

beforeAll(async () => {
  server = await startServerProcess();
  superuser = callerFor(server.url, server.username, server.password);
  for (const role of CUSTOM_ROLES) {
    await must(superuser(undefined, { method: 'PUT', path: `/api/security/role/${role.name}`, body: roleBody(role) }), `PUT role ${role.name}`, [204]);
  }
  for (const role of MATRIX_ROLES) {
    if (!role.superuser) await createUser(userNameOf(role), passwordOf(role), [role.name]);
    callers.set(role.name, role.superuser ? superuser : callerFor(server.url, userNameOf(role), passwordOf(role)));
  }
  // Assignment needs a user profile that exists; an editor may be assigned cases of any owner.
  await createUser(ASSIGNEE, 'rbac-assignee-pass', ['editor']);
  const assignee = await must(callerFor(server.url, ASSIGNEE, 'rbac-assignee-pass')(undefined, { method: 'GET', path: '/internal/security/me' }), 'who is the assignee');
  for (const space of SPACES) {
    const fx = new SpaceFixtures(superuser, space, assignee.profile_uid);
    await fx.prepare();
    fixtures.set(space, fx);
  }
});

afterAll(async () => {
  await server?.stop();
});

async function createUser(username: string, password: string, roles: string[]) {
  const body = { password, roles, full_name: username.replace('_', ' '), email: null };
  await must(superuser(undefined, { method: 'POST', path: `/internal/security/users/${username}`, body }), `create user ${username}`);
}

describe('the route catalogue', () => {
  it('has an expectation for every cases route in docs/openapi.yaml, and none for a route the document lacks', () => {
    const documented = casesRoutes();
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((route) => !(route in ROUTE_EXPECTATIONS))).toEqual([]);
    expect(Object.keys(ROUTE_EXPECTATIONS).filter((route) => !documented.includes(route))).toEqual([]);
  });
});

describe('the roles', () => {
  const kibanaOf = (role: TestRole) => role.kibana.map((entry) => ({ ...entry, base: [...entry.base].sort(), spaces: [...entry.spaces].sort() }));

  it.each(BUILT_IN_ROLES.map((role) => [role.name, role] as const))('built-in %s is reserved and grants what the oracle assumes', async (name, role) => {
    const read = await must(superuser(undefined, { method: 'GET', path: `/api/security/role/${name}` }), `GET role ${name}`);
    expect(read.metadata?._reserved).toBe(true);
    expect(kibanaOf({ ...role, kibana: read.kibana.map(({ base, feature, spaces }: TestRole['kibana'][number]) => ({ base, feature, spaces })) })).toEqual(kibanaOf(role));
  });

  it('reads the custom roles back as written', async () => {
    for (const role of CUSTOM_ROLES) {
      const read = await must(superuser(undefined, { method: 'GET', path: `/api/security/role/${role.name}` }), `GET role ${role.name}`);
      expect(read.kibana.map(({ base, feature, spaces }: TestRole['kibana'][number]) => ({ base, feature, spaces }))).toEqual(role.kibana);
    }
  });
});

interface Row {
  route: string;
  call: string;
  role: string;
  space: string;
  expected: string;
  status: number;
  note: string;
}

const describeRow = (r: Row) => `${r.route} [${r.call}] as ${r.role} in ${r.space}: expected ${r.expected}, got ${r.status}${r.note ? ` (${r.note})` : ''}`;

describe('the matrix', () => {
  it('lets every role do exactly what its privileges allow on every route, in both spaces', async () => {
    const started = Date.now();
    const rows: Record<Verdict, Row[]> = { ok: [], escape: [], wrongRefusal: [], unexpected: [] };
    const superuserStatus = new Map<string, number>();
    const calls = Object.entries(ROUTE_EXPECTATIONS).flatMap(([route, e]) => ('calls' in e ? e.calls.map((call) => [route, call] as [string, RouteCall]) : []));

    for (const space of SPACES) {
      const fx = fixtures.get(space)!;
      for (const role of MATRIX_ROLES) {
        const as = callers.get(role.name)!;
        for (const [route, call] of calls) {
          const key = `${route} ${call.label} ${space}`;
          const exp = expected(call, role, space);
          const answer = await as(space, await call.request(fx));
          // A call that was not refused may have changed or removed its object.
          if (call.slot && ![401, 403, 404].includes(answer.status)) fx.consumed(call.slot);
          if (role.superuser) superuserStatus.set(key, answer.status);
          const { verdict, note } = judge(call, exp, answer, fx, superuserStatus.get(key));
          const row = { route, call: call.label, role: role.name, space, status: answer.status, note, expected: exp.allow ? 'allowed' : `refused ${exp.refusal}` };
          rows[verdict].push(verdict === 'ok' ? row : { ...row, note: `${note} ${answer.text.slice(0, 160)}`.trim() });
        }
      }
    }

    const total = Object.values(rows).reduce((n, list) => n + list.length, 0);
    const report = [
      `RBAC matrix: ${total} calls (${calls.length} calls × ${MATRIX_ROLES.length} roles × ${SPACES.length} spaces) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  escapes (unauthorized successes): ${rows.escape.length}`,
      `  wrongly refused calls: ${rows.wrongRefusal.length}`,
      `  unexpected answers: ${rows.unexpected.length}`,
      ...(['escape', 'wrongRefusal', 'unexpected'] as const).flatMap((v) => rows[v].map((r) => `  ${v}: ${describeRow(r)}`)),
    ].join('\n');
    console.log(report);
    expect({ escapes: rows.escape.length, wrongRefusals: rows.wrongRefusal.length, unexpected: rows.unexpected.length }).toEqual({
      escapes: 0,
      wrongRefusals: 0,
      unexpected: 0,
    });
  });
});
