/**
 * Mail to new assignees, end to end: the server is started with a config file that declares a
 * preconfigured `.email` connector pointing at the SMTP simulator and names it as
 * `notifications.connectors.default.email`. Kibana's rules: on create every assignee but the
 * actor, on update only those added; users without an email are skipped; a failed mail never
 * fails the request. Every answer is checked against docs/openapi.yaml.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseBody, expectStatus, RUN, startCasesServer, unique, type CasesTestServer } from '../cases/cases_api';
import { startSmtpSimulator, type SmtpSimulator } from '../../simulators/smtp';

jest.setTimeout(90_000);

const PUBLIC_BASE_URL = 'https://cases.example.com';
const MAILER_ID = 'assignee-mailer';

let smtp: SmtpSimulator;
let api: CasesTestServer;

function configFile(sim: SmtpSimulator): string {
  const dir = mkdtempSync(join(tmpdir(), 'cases-mail-'));
  const file = join(dir, 'cases.yml');
  const connector = {
    name: 'Assignee mailer',
    actionTypeId: '.email',
    config: { service: 'other', from: 'cases@example.com', host: sim.host, port: sim.port, secure: false, hasAuth: true },
    secrets: { user: sim.user, password: sim.password },
  };
  // JSON is YAML: no YAML writer needed for a nested map.
  const settings = {
    'server.publicBaseUrl': PUBLIC_BASE_URL,
    'notifications.connectors.default.email': MAILER_ID,
    'xpack.actions.preconfigured': { [MAILER_ID]: connector },
  };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return file;
}

beforeAll(async () => {
  smtp = await startSmtpSimulator();
  api = await startCasesServer({ args: ['--config', configFile(smtp)] });
});
afterAll(async () => {
  await api?.server.stop();
  await smtp?.close();
});

const basic = (username: string) => ({ authorization: `Basic ${Buffer.from(`${username}:analyst-pass`).toString('base64')}` });

/** A user with (or without) an email, and the profile uid the assignee picker offers for them. */
async function createUser(username: string, email: string | null): Promise<string> {
  expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'analyst-pass', roles: ['superuser'], full_name: username, email } }), 200);
  const suggested = await api.call('POST', '/internal/cases/_suggest_user_profiles', { body: { name: username, owners: ['cases'] } });
  expectStatus(suggested, 200);
  return suggested.body[0].uid;
}

const patch = (theCase: { id: string; version: string }, changes: Record<string, unknown>, headers?: Record<string, string>) =>
  api.call('PATCH', '/api/cases', { body: { cases: [{ id: theCase.id, version: theCase.version, ...changes }] }, ...(headers ? { headers } : {}) });

/** After the mail we wait for, anything sent before it has arrived too (one relay, requests in order). */
const mailsAfter = async (count: number) => smtp.waitForMessages(count, 20_000);

describe('mail to new assignees', () => {
  let alice: string;
  let carol: string;
  let dave: string;
  beforeAll(async () => {
    alice = await createUser(`alice_${RUN}`, `alice-${RUN}@example.com`);
    carol = await createUser(`carol_${RUN}`, `carol-${RUN}@example.com`);
    dave = await createUser(`dave_${RUN}`, null);
  });

  it('on create: one mail to every assignee with an email, Kibana’s subject, text and a link to the case', async () => {
    const title = unique('assigned');
    const created = await api.call('POST', '/api/cases', { body: caseBody({ title, tags: ['t1', 't2', 't3', 't4'], assignees: [{ uid: alice }, { uid: dave }] }) });
    expectStatus(created, 200);
    const [mail] = await mailsAfter(1);
    expect(mail.recipients).toEqual([`alice-${RUN}@example.com`]);
    expect(mail.user).toBe(smtp.user);
    expect(mail.from).toBe('cases@example.com');
    expect(mail.subject).toBe(`[Elastic][Cases] ${title}`);
    const url = `${PUBLIC_BASE_URL}/app/cases/${created.body.id}`;
    expect(mail.text).toContain(
      `You are assigned to an Elastic Case.\n\nTitle: ${title}\n\nStatus: open\n\nSeverity: low\n\nTags: t1, t2, t3, t4\n\n\n\nView the case details: ${url}`,
    );
    expect(mail.html).toContain(title);
    expect(mail.html).toContain('+1');
    expect(mail.html?.replace(/&#x2F;/g, '/')).toContain(`href="${url}"`);
  });

  it('on update: only the assignee the update added; removing someone sends nothing', async () => {
    const created = await api.call('POST', '/api/cases', { body: caseBody({ assignees: [{ uid: alice }] }) });
    expectStatus(created, 200);
    await mailsAfter(2);
    const added = await patch(created.body, { assignees: [{ uid: alice }, { uid: carol }] });
    expectStatus(added, 200);
    const mails = await mailsAfter(3);
    expect(mails[2].recipients).toEqual([`carol-${RUN}@example.com`]);

    expectStatus(await patch(added.body[0], { assignees: [{ uid: alice }] }), 200);
    // A marker mail: had the removal sent one, it would have arrived before this one.
    expectStatus(await api.call('POST', '/api/cases', { body: caseBody({ title: unique('marker'), assignees: [{ uid: carol }] }) }), 200);
    const after = await mailsAfter(4);
    expect(after).toHaveLength(4);
    expect(after[3].subject).toMatch(/marker/);
  });

  it('never mails the actor: self-assignment and a new order are silent', async () => {
    const asAlice = basic(`alice_${RUN}`);
    const created = await api.call('POST', '/api/cases', { body: caseBody({ title: unique('self'), assignees: [{ uid: alice }, { uid: carol }] }), headers: asAlice });
    expectStatus(created, 200);
    const mails = await mailsAfter(5);
    expect(mails[4].recipients).toEqual([`carol-${RUN}@example.com`]);
    // A new order adds nobody.
    expectStatus(await patch(created.body, { assignees: [{ uid: carol }, { uid: alice }] }, asAlice), 200);
    const own = await api.call('POST', '/api/cases', { body: caseBody({ title: unique('only me'), assignees: [{ uid: alice }] }), headers: asAlice });
    expectStatus(own, 200);
    expectStatus(await api.call('POST', '/api/cases', { body: caseBody({ title: unique('marker2'), assignees: [{ uid: carol }] }) }), 200);
    const after = await mailsAfter(6);
    expect(after).toHaveLength(6);
    expect(after[5].subject).toMatch(/marker2/);
  });

  it('a refused mail is logged and the request still succeeds; no secret reaches the log', async () => {
    smtp.rejectNext('data', 554, 'Message rejected by policy');
    const created = await api.call('POST', '/api/cases', { body: caseBody({ title: unique('refused'), assignees: [{ uid: carol }] }) });
    expectStatus(created, 200);
    const deadline = Date.now() + 20_000;
    while (!api.server.output().includes('Error notifying assignees') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(api.server.output()).toMatch(/Error notifying assignees: .*554 Message rejected by policy/);
    expect(api.server.output()).not.toContain(smtp.password);
    expect(smtp.messages).toHaveLength(6);
  });
});
