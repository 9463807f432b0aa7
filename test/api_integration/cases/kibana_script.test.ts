/**
 * Issue 3's first "done when", and issue 13's: a script written for Kibana's Cases API (create,
 * find with filters, patch with version, comment, attach an alert and read it back through
 * `/api/cases/{id}/alerts` and `/api/cases/alerts/{alert_id}`, read activity, delete) runs
 * unchanged against us.
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

it('runs a curl script written for Kibana unchanged', () => {
  const result = spawnSync('bash', [join(__dirname, '../fixtures/kibana_cases_script.sh')], {
    env: { ...process.env, KIBANA_URL: server.url, KIBANA_USER: server.username, KIBANA_PASSWORD: server.password },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('all steps passed');
  expect(result.status).toBe(0);
});
