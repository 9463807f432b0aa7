import type { EmailService } from '../../core';
import { createTestLogger, testUser } from '../../core/mocks';
import type { Case } from '../../../common/types/domain/case';
import { addedAssignees, notifyAssignees, scheduleAssigneeNotifications, settledAssigneeNotifications, type NotifyArgs } from './notify_assignees';

const DIRECTORY = [
  { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' },
  { username: 'alice', full_name: 'Alice', email: 'alice@example.com', profile_uid: 'u_alice' },
  { username: 'carol', full_name: 'Carol', email: 'carol@example.com', profile_uid: 'u_carol' },
  { username: 'bob', full_name: null, email: null, profile_uid: 'u_bob' },
];

type Sent = Parameters<EmailService['sendPlainTextEmail']>[0];

function setup({ email = true, fail, publicBaseUrl, spaceId = 'default' }: { email?: boolean; fail?: (m: Sent) => boolean; publicBaseUrl?: string; spaceId?: string } = {}) {
  const sent: Sent[] = [];
  const { logger, lines } = createTestLogger();
  const service: EmailService = {
    async sendPlainTextEmail(message) {
      if (fail?.(message)) throw new Error('error sending email: 451 try later');
      sent.push(message);
    },
  };
  const args: NotifyArgs = {
    notifications: email ? { email: service } : {},
    users: {
      find: async () => [],
      getByProfileUid: async (uid: string) => DIRECTORY.find((u) => u.profile_uid === uid),
    } as unknown as NotifyArgs['users'],
    user: testUser(['superuser'], { profile_uid: 'u_elastic' }),
    spaceId,
    logger,
    publicBaseUrl,
    now: () => new Date('2031-05-01T00:00:00Z'),
  };
  return { args, sent, lines };
}

const theCase = (overrides: Partial<Case> = {}) =>
  ({ id: 'case-1', title: 'Ransomware <on> host-7', description: 'd'.repeat(301), status: 'open', severity: 'high', tags: ['a', 'b', 'c', 'd', 'e'], ...overrides }) as Case;

describe('who is notified', () => {
  it('everyone given but the actor, users without email skipped, in one mail', async () => {
    const { args, sent } = setup();
    await notifyAssignees(args, [{ theCase: theCase(), assignees: ['u_elastic', 'u_alice', 'u_bob', 'u_carol', 'u_alice'] }]);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(['alice@example.com', 'carol@example.com']);
    expect(sent[0].context).toEqual({ relatedObjects: [{ id: 'case-1', type: 'cases', namespace: 'default' }] });
  });

  it('nobody when only the actor or only users without email were assigned', async () => {
    const { args, sent } = setup();
    await notifyAssignees(args, [
      { theCase: theCase(), assignees: ['u_elastic'] },
      { theCase: theCase({ id: 'case-2' }), assignees: ['u_bob', 'u_unknown'] },
    ]);
    expect(sent).toHaveLength(0);
  });

  it('on update, only the added assignees', () => {
    expect(addedAssignees([{ uid: 'u_alice' }], [{ uid: 'u_alice' }, { uid: 'u_carol' }])).toEqual(['u_carol']);
    expect(addedAssignees([{ uid: 'u_alice' }, { uid: 'u_carol' }], [{ uid: 'u_alice' }])).toEqual([]);
    expect(addedAssignees([{ uid: 'u_alice' }], [{ uid: 'u_alice' }])).toEqual([]);
  });
});

describe('the mail', () => {
  it('has Kibana’s subject and text lines, and an escaped HTML body with the case link in its space', async () => {
    const { args, sent } = setup({ publicBaseUrl: 'https://cases.example.com', spaceId: 'soc' });
    await notifyAssignees(args, [{ theCase: theCase(), assignees: ['u_alice'] }]);
    const [mail] = sent;
    expect(mail.subject).toBe('[Elastic][Cases] Ransomware <on> host-7');
    expect(mail.message).toBe(
      'You are assigned to an Elastic Case.\r\n\r\nTitle: Ransomware <on> host-7\r\n\r\nStatus: open\r\n\r\nSeverity: high\r\n\r\nTags: a, b, c, d, e\r\n\r\n\r\n\r\nView the case details: https://cases.example.com/s/soc/app/cases/case-1',
    );
    // Mustache escapes `/` too; a mail client decodes the entity in the attribute.
    const html = (mail.messageHTML ?? '').replace(/&#x2F;/g, '/');
    expect(html).toContain('Ransomware &lt;on&gt; host-7');
    expect(html).not.toContain('<on>');
    expect(html).toContain(`${'d'.repeat(300)}...`);
    expect(html).not.toContain('d'.repeat(301));
    expect(html).toMatch(/>c<\/span>/);
    expect(html).not.toMatch(/>d<\/span>/);
    expect(html).toContain('+2');
    expect(html).toContain('href="https://cases.example.com/s/soc/app/cases/case-1"');
    expect(html).toContain('#DA8B45');
    expect(html).toContain('2031');
  });

  it('has no link and no tags line without publicBaseUrl and tags', async () => {
    const { args, sent } = setup();
    await notifyAssignees(args, [{ theCase: theCase({ tags: [], description: 'short' }), assignees: ['u_alice'] }]);
    expect(sent[0].message).toBe('You are assigned to an Elastic Case.\r\n\r\nTitle: Ransomware <on> host-7\r\n\r\nStatus: open\r\n\r\nSeverity: high\r\n\r\n');
    expect(sent[0].messageHTML).not.toContain('href=');
    expect(sent[0].messageHTML).toContain('>short<');
  });
});

describe('failures', () => {
  it('without an email service, nothing is sent and the log says so once, at debug', async () => {
    const { args, lines } = setup({ email: false });
    await notifyAssignees(args, [{ theCase: theCase(), assignees: ['u_alice'] }]);
    await notifyAssignees(args, [{ theCase: theCase(), assignees: ['u_alice'] }]);
    const said = lines.filter((l) => String(l.msg).includes('Email service is not available'));
    expect(said).toHaveLength(1);
    expect(said.every((l) => l.level === 20)).toBe(true);
  });

  it('a failed mail is a warning, the others still go, and nothing throws', async () => {
    const { args, sent, lines } = setup({ fail: (m) => m.subject.includes('first') });
    await expect(
      notifyAssignees(args, [
        { theCase: theCase({ title: 'first' }), assignees: ['u_alice'] },
        { theCase: theCase({ id: 'case-2', title: 'second' }), assignees: ['u_carol'] },
      ]),
    ).resolves.toBeUndefined();
    expect(sent.map((m) => m.subject)).toEqual(['[Elastic][Cases] second']);
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'Error notifying assignees: error sending email: 451 try later', 'case.id': 'case-1' }));
  });

  it('scheduling does not wait for the mail, and a broken directory is only logged', async () => {
    const { args, sent, lines } = setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    args.users = { getByProfileUid: async () => gate.then(() => DIRECTORY[1]) } as unknown as NotifyArgs['users'];
    scheduleAssigneeNotifications(args, [{ theCase: theCase(), assignees: ['u_alice'] }]);
    expect(sent).toHaveLength(0);
    release();
    await settledAssigneeNotifications();
    expect(sent).toHaveLength(1);

    args.users = { getByProfileUid: async () => Promise.reject(new Error('directory down')) } as unknown as NotifyArgs['users'];
    scheduleAssigneeNotifications(args, [{ theCase: theCase(), assignees: ['u_alice'] }]);
    await settledAssigneeNotifications();
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'Error notifying assignees: directory down' }));
  });
});
