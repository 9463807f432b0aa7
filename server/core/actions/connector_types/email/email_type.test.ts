import { createServer, type AddressInfo, type Server } from 'node:net';
import { isLeft, isRight } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../../../common/core/codec';
import { createTestLogger } from '../../../mocks';
import { ConnectorError, ConnectorValidationError } from '../../errors';
import type { ConnectorHostSettings } from '../../types';
import { fetchHttp, testEgress } from '../../../../../test/simulators/fetch_http';
import { smtpConnectorFixture, startSmtpSimulator, type SmtpSimulator } from '../../../../../test/simulators/smtp';
import { createEmailConnectorType, emailConnectorType } from './email_type';
import { EmailConfigRt, EmailParamsRt, EmailSecretsRt, type EmailConfig, type EmailSecrets } from './schema';
import { EMAIL_FOOTER } from './message_body';

const decode = <T>(codec: { decode(u: unknown): ReturnType<typeof EmailConfigRt.decode> | unknown }, value: unknown): T => {
  const result = codec.decode(value) as ReturnType<typeof EmailConfigRt.decode>;
  if (isLeft(result)) throw new Error(formatErrors(result.left));
  return result.right as T;
};

const paramsError = (value: unknown) => {
  const result = EmailParamsRt.decode(value);
  return isLeft(result) ? formatErrors(result.left) : undefined;
};

let sim: SmtpSimulator;
beforeAll(async () => {
  sim = await startSmtpSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const verifying: ConnectorHostSettings = { verificationMode: 'full' };

function run(
  config: Record<string, unknown>,
  secrets: Record<string, unknown>,
  params: Record<string, unknown>,
  {
    egress = testEgress(),
    hostSettings = (_url: string): ConnectorHostSettings => verifying,
    type = emailConnectorType,
  }: { egress?: ReturnType<typeof testEgress>; hostSettings?: (url: string) => ConnectorHostSettings; type?: typeof emailConnectorType } = {},
) {
  return type.execute({
    connectorId: 'mail-1',
    connectorName: 'Mail',
    config: decode<EmailConfig>(EmailConfigRt, config),
    secrets: decode<EmailSecrets>(EmailSecretsRt, secrets),
    params: decode(EmailParamsRt, params),
    http: fetchHttp(),
    egress,
    hostSettings,
    logger: createTestLogger().logger,
    spaceId: 'default',
  });
}

const mail = { to: ['alice@example.com'], subject: 'Hello', message: 'First line\nsecond <b>line</b>\n\nNext paragraph' };

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('sending', () => {
  it('authenticates and delivers to every recipient, with the footer and an escaped HTML part', async () => {
    const fixture = smtpConnectorFixture(sim);
    const data = (await run(fixture.config, fixture.secrets, { ...mail, cc: ['bob@example.com'], bcc: ['audit@example.com'] })) as Record<string, unknown>;

    expect(sim.messages).toHaveLength(1);
    const [received] = sim.messages;
    expect(received.user).toBe(sim.user);
    expect(received.from).toBe('cases@example.com');
    expect(received.recipients).toEqual(['alice@example.com', 'bob@example.com', 'audit@example.com']);
    expect(received.to).toBe('alice@example.com');
    expect(received.cc).toBe('bob@example.com');
    expect(received.raw).not.toMatch(/audit@example\.com/);
    expect(received.subject).toBe('Hello');
    expect(received.text).toBe(`${mail.message}\n\n---\n\n${EMAIL_FOOTER}`);
    expect(received.html).toContain('<p>First line<br>\nsecond &lt;b&gt;line&lt;/b&gt;</p>');
    expect(received.html).toContain('<p>Next paragraph</p>');
    expect(data.accepted).toEqual(['alice@example.com', 'bob@example.com', 'audit@example.com']);
    expect(data.rejected).toEqual([]);
    expect(typeof data.messageId).toBe('string');
    expect(JSON.stringify(data)).not.toContain(sim.password);
  });

  it('sends the given HTML as is', async () => {
    const fixture = smtpConnectorFixture(sim);
    await run(fixture.config, fixture.secrets, { ...mail, subject: 'Ünïcode subject', messageHTML: '<h1>Assigned</h1>' });
    expect(sim.messages[0].html).toBe('<h1>Assigned</h1>');
    expect(sim.messages[0].subject).toBe('Ünïcode subject');
  });

  it('refuses wrong credentials with the server’s words, never the password, and no retry', async () => {
    const fixture = smtpConnectorFixture(sim);
    const error = await failure(run(fixture.config, { user: sim.user, password: 'not-the-password' }, mail));
    expect(error.message).toBe('Invalid login: 535 Authentication credentials invalid');
    expect(error.message).not.toContain('not-the-password');
    expect(error.retry).toBe(false);
    expect(sim.authFailures).toBe(1);
    expect(sim.messages).toHaveLength(0);
  });

  it('without hasAuth, a relay that requires AUTH refuses the sender', async () => {
    const fixture = smtpConnectorFixture(sim);
    const error = await failure(run({ ...fixture.config, hasAuth: false }, {}, mail));
    expect(error.message).toMatch(/^Mail command failed: 530/);
    expect(error.retry).toBe(false);
    expect(sim.messages).toHaveLength(0);
  });

  it('reports a refused recipient', async () => {
    const fixture = smtpConnectorFixture(sim);
    sim.rejectNext('rcpt', 550, 'No such user here');
    const error = await failure(run(fixture.config, fixture.secrets, mail));
    expect(error.message).toMatch(/550 No such user here/);
    expect(error.retry).toBe(false);
  });

  it('keeps a temporary refusal retryable', async () => {
    const fixture = smtpConnectorFixture(sim);
    sim.rejectNext('data', 451, 'Try again later');
    const error = await failure(run(fixture.config, fixture.secrets, mail));
    expect(error.message).toMatch(/451 Try again later/);
    expect(error.retry).toBe(true);
  });

  it('checks the host against allowedHosts before connecting', async () => {
    const fixture = smtpConnectorFixture(sim);
    const error = await failure(run(fixture.config, fixture.secrets, mail, { egress: testEgress(['localhost']) }));
    expect(error.message).toBe("[host] value '127.0.0.1' is not in the allowedHosts configuration");
    expect(error.retry).toBe(false);
    expect(sim.messages).toHaveLength(0);
    expect(sim.authFailures).toBe(0);
  });
});

describe('TLS', () => {
  let tlsSim: SmtpSimulator;
  beforeAll(async () => {
    tlsSim = await startSmtpSimulator({ starttls: true });
  });
  afterAll(() => tlsSim.close());

  it('verifies the STARTTLS certificate by default: smtp-server’s own (self-signed, expired) one fails', async () => {
    const fixture = smtpConnectorFixture(tlsSim);
    const error = await failure(run(fixture.config, fixture.secrets, mail));
    expect(error.message).toMatch(/certificate/);
    expect(tlsSim.messages).toHaveLength(0);
  });

  it('verificationMode none sends over STARTTLS without verifying', async () => {
    const fixture = smtpConnectorFixture(tlsSim);
    const seen: string[] = [];
    await run(fixture.config, fixture.secrets, mail, {
      hostSettings: (url) => {
        seen.push(url);
        return { verificationMode: 'none' };
      },
    });
    expect(seen).toEqual([`smtp://127.0.0.1:${tlsSim.port}`]);
    expect(tlsSim.messages.at(-1)?.secure).toBe(true);
  });

  it('smtp.ignoreTLS sends in the clear even when STARTTLS is offered', async () => {
    const fixture = smtpConnectorFixture(tlsSim);
    await run(fixture.config, fixture.secrets, mail, { hostSettings: () => ({ verificationMode: 'full', smtp: { ignoreTLS: true } }) });
    expect(tlsSim.messages.at(-1)?.secure).toBe(false);
  });
});

describe('timeouts', () => {
  let silent: Server;
  let port: number;
  beforeAll(async () => {
    // Accepts connections and never greets: a hung relay.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it('gives up on a server that never greets, retryably', async () => {
    const type = createEmailConnectorType({ connectionTimeoutMs: 1_000, greetingTimeoutMs: 300, socketTimeoutMs: 1_000 });
    const error = await failure(run({ from: 'cases@example.com', host: '127.0.0.1', port }, { user: 'u', password: 'p' }, mail, { type }));
    expect(error.message).toMatch(/Greeting never received/);
    expect(error.retry).toBe(true);
  });
});

describe('schemas', () => {
  it('fills Kibana’s config defaults and refuses unknown keys', () => {
    expect(decode(EmailConfigRt, { from: 'a@example.com' })).toEqual({
      service: 'other',
      from: 'a@example.com',
      host: null,
      port: null,
      secure: null,
      hasAuth: true,
      clientId: null,
      tenantId: null,
      oauthTokenUrl: null,
    });
    expect(isLeft(EmailConfigRt.decode({ from: 'a@example.com', smtpHost: 'x' }))).toBe(true);
    expect(isLeft(EmailConfigRt.decode({ from: 'a@example.com', port: 70000 }))).toBe(true);
    expect(isLeft(EmailSecretsRt.decode({ user: 'u', token: 't' }))).toBe(true);
  });

  it('needs a recipient in to, cc or bcc', () => {
    expect(paramsError({ subject: 's', message: 'm' })).toBe('no [to], [cc], or [bcc] entries');
    expect(paramsError({ subject: 's', message: 'm', bcc: ['x@example.com'] })).toBeUndefined();
    expect(paramsError({ subject: 's', message: 'm', to: ['x@example.com'], from: 'me@example.com' })).toMatch(/from/);
    expect(paramsError({ to: ['x@example.com'], message: 'm' })).toBeDefined();
    const decoded = EmailParamsRt.decode({ to: ['x@example.com'], subject: 's', message: 'm' });
    expect(isRight(decoded) && decoded.right).toEqual({
      to: ['x@example.com'],
      cc: [],
      bcc: [],
      subject: 's',
      message: 'm',
      messageHTML: null,
      kibanaFooterLink: { path: '/', text: 'Go to Elastic' },
    });
  });
});

describe('validation', () => {
  const validate = (config: Record<string, unknown>, allowed?: string[]) => () =>
    emailConnectorType.validate!.config!(decode<EmailConfig>(EmailConfigRt, config), { egress: testEgress(allowed) });

  it('needs host and port for service other, in Kibana’s words', () => {
    expect(validate({ from: 'a@example.com' })).toThrow('[host]/[port] is required');
    expect(validate({ from: 'a@example.com', port: 25 })).toThrow('[host] is required');
    expect(validate({ from: 'a@example.com', host: 'smtp.example.com' })).toThrow('[port] is required');
    expect(validate({ from: 'a@example.com', host: 'smtp.example.com', port: 25 })).not.toThrow();
  });

  it('refuses a host outside allowedHosts', () => {
    expect(validate({ from: 'a@example.com', host: 'smtp.evil.test', port: 25 }, ['smtp.example.com'])).toThrow(
      new ConnectorValidationError("[host] value 'smtp.evil.test' is not in the allowedHosts configuration"),
    );
  });

  it('resolves well-known services to their host', () => {
    expect(validate({ from: 'a@example.com', service: 'gmail' }, ['smtp.gmail.com'])).not.toThrow();
    expect(validate({ from: 'a@example.com', service: 'outlook365' }, ['smtp.example.com'])).toThrow(
      "[service] value 'outlook365' resolves to host 'smtp.office365.com' which is not in the allowedHosts configuration",
    );
    expect(validate({ from: 'a@example.com', service: 'carrier-pigeon' })).toThrow("[service] value 'carrier-pigeon' is not valid");
  });

  it('refuses exchange_server with a clear message', () => {
    expect(validate({ from: 'a@example.com', service: 'exchange_server', clientId: 'c', tenantId: 't' })).toThrow(/exchange_server.*not supported/);
  });

  it('needs user and password when hasAuth', () => {
    const connector = emailConnectorType.validate!.connector!;
    const config = decode<EmailConfig>(EmailConfigRt, { from: 'a@example.com', host: 'h', port: 25 });
    expect(connector(config, decode(EmailSecretsRt, {}))).toBe('[user] is required');
    expect(connector(config, decode(EmailSecretsRt, { user: 'u' }))).toBe('[password] is required');
    expect(connector(config, decode(EmailSecretsRt, { user: 'u', password: 'p' }))).toBeNull();
    expect(connector({ ...config, hasAuth: false }, decode(EmailSecretsRt, {}))).toBeNull();
  });
});
