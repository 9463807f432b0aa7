/**
 * `npm run sample-data` (scripts/sample_data.mjs) against a started server, as a user runs it:
 * the counts it prints are the documents the space then holds, a second run adds only what a
 * larger count asks for, and every failure (bad flags, wrong password, unknown space, no
 * server) is a clear message on stderr with its exit code (2 usage, 1 refused or unreachable).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { MAX_SAMPLE_ALERTS } from '../../../common/constants';
import { authHeaders, PROJECT_ROOT, startServerProcess, type ServerProcess } from '../../helpers/server_process';
import { RUN } from '../cases/cases_api';

jest.setTimeout(90_000);

const SCRIPT = join(PROJECT_ROOT, 'scripts/sample_data.mjs');
const SPACE = `script-${RUN}`;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
  const res = await fetch(`${server.url}/api/spaces/space`, { method: 'POST', headers: authHeaders(server), body: JSON.stringify({ id: SPACE, name: SPACE }) });
  expect(res.status).toBe(200);
});
afterAll(async () => server?.stop());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sampleData(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const { ELASTIC_PASSWORD: _ignored, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: PROJECT_ROOT, env: { ...inherited, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const against = () => ['--url', server.url, '--space', SPACE];

async function totalIn(kind: 'alerts' | 'events'): Promise<number> {
  const res = await fetch(`${server.url}/s/${SPACE}/internal/${kind}/_find`, { method: 'POST', headers: authHeaders(server), body: JSON.stringify({ perPage: 0 }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

it('loads the counts asked for into the space, prints them, and adds only the difference when run again', async () => {
  const first = await sampleData([...against(), '--alerts', '300', '--events', '120', '--username', server.username, '--password', server.password]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`300 alerts created in space "${SPACE}"`);
  expect(first.stdout).toContain(`120 events created in space "${SPACE}"`);
  expect(first.stdout).toContain(`${server.url}/s/${SPACE}/app/security/alerts`);
  expect([await totalIn('alerts'), await totalIn('events')]).toEqual([300, 120]);

  // The password may come from ELASTIC_PASSWORD, as the README starts the server.
  const second = await sampleData([...against(), '--alerts', '350', '--events', '120'], { ELASTIC_PASSWORD: server.password });
  expect(second.code).toBe(0);
  expect(second.stdout).toContain('50 alerts created');
  expect(second.stdout).toContain('(300 alerts already there)');
  expect(second.stdout).toContain('0 events created');
  expect([await totalIn('alerts'), await totalIn('events')]).toEqual([350, 120]);
});

it('prints its options with --help', async () => {
  const help = await sampleData(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/Usage: npm run sample-data -- \[options\]/);
  expect(help.stdout).toContain(`0 to ${MAX_SAMPLE_ALERTS}`);
});

it('refuses bad flags with exit code 2 before calling the server', async () => {
  const withPassword = { ELASTIC_PASSWORD: server.password };
  const cases: Array<[string[], Record<string, string>, RegExp]> = [
    [['--alerts', String(MAX_SAMPLE_ALERTS + 1)], withPassword, new RegExp(`--alerts must be a whole number from 0 to ${MAX_SAMPLE_ALERTS}`)],
    [['--events', 'many'], withPassword, /--events must be a whole number/],
    [['--bogus'], withPassword, /Unknown option '--bogus'/],
    [['--space', 'Not A Space'], withPassword, /--space must be a space id/],
    [['--url', 'ftp://example'], withPassword, /--url must be http or https/],
    [[], {}, /No password: pass --password or set ELASTIC_PASSWORD/],
  ];
  for (const [args, env, message] of cases) {
    const run = await sampleData([...against(), ...args], env);
    expect([args.join(' '), run.code, run.stdout]).toEqual([args.join(' '), 2, '']);
    expect(run.stderr).toMatch(message);
  }
  expect(await totalIn('alerts')).toBe(350);
});

it('explains a wrong password, an unknown space and a server that is not running, with exit code 1', async () => {
  const wrong = await sampleData([...against(), '--password', 'not-the-password']);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(/Login failed for "elastic" at .* \(401/);

  const space = await sampleData(['--url', server.url, '--space', `missing-${RUN}`, '--password', server.password]);
  expect(space.code).toBe(1);
  expect(space.stderr).toMatch(new RegExp(`404.*space "missing-${RUN}"`));

  const port = await closedPort();
  const down = await sampleData(['--url', `http://127.0.0.1:${port}`, '--password', 'x']);
  expect(down.code).toBe(1);
  expect(down.stderr).toContain(`Cannot reach a server at http://127.0.0.1:${port}`);
  expect(down.stderr).toMatch(/npm start/);
});
