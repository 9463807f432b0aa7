/**
 * Issue 15's "done when" as a curl script (done_when.sh): a viewer reads but may not write, the
 * superuser does everything, and a user granted cases in soc-eu only cannot see the default
 * space's cases.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../../helpers/server_process';

jest.setTimeout(60_000);

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => server?.stop());

it("passes the issue's done-when checks with curl", () => {
  const result = spawnSync('bash', [join(__dirname, 'done_when.sh')], {
    env: { ...process.env, KIBANA_URL: server.url, KIBANA_USER: server.username, KIBANA_PASSWORD: server.password },
    encoding: 'utf8',
    timeout: 50_000,
  });
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('all steps passed');
  expect(result.status).toBe(0);
});
