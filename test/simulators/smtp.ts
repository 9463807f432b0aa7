/**
 * An SMTP server for the `.email` connector and the assignee mails (smtp-server on 127.0.0.1):
 * AUTH is required before MAIL, as a real relay requires it, and refused with 535 for wrong
 * credentials; every accepted message is kept with its envelope and its parsed subject, text
 * and HTML. STARTTLS is off unless asked for (then with smtp-server's self-signed certificate,
 * so verification must be turned off, or TLS ignored, for a send to pass).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { parseMail } from './mime_message';
import type { ConnectorFixture } from './types';

export interface ReceivedMail {
  /** Envelope sender and recipients (MAIL FROM, RCPT TO): Bcc recipients appear here only. */
  from: string;
  recipients: string[];
  /** The To and Cc headers, as sent. */
  to: string;
  cc?: string;
  /** Who authenticated, and whether the session was encrypted. */
  user?: string;
  secure: boolean;
  subject: string;
  text?: string;
  html?: string;
  raw: string;
}

export interface SmtpSimulator {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  messages: ReceivedMail[];
  /** Failed AUTH attempts. */
  authFailures: number;
  /** Makes the next RCPT TO or DATA answer with this SMTP error. */
  rejectNext(stage: 'rcpt' | 'data', code: number, message: string): void;
  /** Resolves once `count` messages arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  reset(): void;
  close(): Promise<void>;
}

export interface SmtpSimulatorOptions {
  user?: string;
  password?: string;
  /** Advertise STARTTLS (self-signed certificate). */
  starttls?: boolean;
}

type SmtpError = Error & { responseCode?: number };

const smtpError = (code: number, message: string): SmtpError => Object.assign(new Error(message), { responseCode: code });

function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

export async function startSmtpSimulator({ user = 'cases-mailer', password = 'smtp-Pa55-word-7f3a', starttls = false }: SmtpSimulatorOptions = {}): Promise<SmtpSimulator> {
  const rejections: Array<{ stage: 'rcpt' | 'data'; error: SmtpError }> = [];
  const waiters = new Set<() => void>();
  const takeRejection = (stage: 'rcpt' | 'data') => {
    const index = rejections.findIndex((r) => r.stage === stage);
    return index < 0 ? undefined : rejections.splice(index, 1)[0].error;
  };

  const received = (session: SMTPServerSession, raw: string): ReceivedMail => {
    const mail = parseMail(raw);
    const { mailFrom, rcptTo } = session.envelope;
    return {
      from: mailFrom ? mailFrom.address : '',
      recipients: rcptTo.map((r) => r.address),
      to: mail.headers.get('to') ?? '',
      ...(mail.headers.has('cc') ? { cc: mail.headers.get('cc') } : {}),
      user: session.user,
      secure: session.secure,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      raw,
    };
  };

  const server = new SMTPServer({
    logger: false,
    authOptional: false,
    // Without STARTTLS a client can only authenticate in the clear; a test server allows it.
    allowInsecureAuth: true,
    disabledCommands: starttls ? [] : ['STARTTLS'],
    closeTimeout: 100,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user: auth.username });
      simulator.authFailures += 1;
      return callback(smtpError(535, 'Authentication credentials invalid'));
    },
    onRcptTo(_address, _session, callback) {
      callback(takeRejection('rcpt') ?? null);
    },
    onData(stream, session, callback) {
      void readStream(stream).then((raw) => {
        const rejection = takeRejection('data');
        if (rejection) return callback(rejection);
        simulator.messages.push(received(session, raw));
        for (const wake of waiters) wake();
        return callback(null, 'Message queued');
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const simulator: SmtpSimulator = {
    host: '127.0.0.1',
    port,
    user,
    password,
    messages: [],
    authFailures: 0,
    rejectNext(stage, code, message) {
      rejections.push({ stage, error: smtpError(code, message) });
    },
    waitForMessages(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (simulator.messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(simulator.messages.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} mails, the SMTP simulator received ${simulator.messages.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    reset() {
      simulator.messages.length = 0;
      simulator.authFailures = 0;
      rejections.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return simulator;
}

/** A `.email` connector that sends through the simulator. */
export function smtpConnectorFixture(sim: SmtpSimulator): ConnectorFixture {
  return {
    connector_type_id: '.email',
    name: 'Cases SMTP',
    config: { service: 'other', from: 'cases@example.com', host: sim.host, port: sim.port, secure: false, hasAuth: true },
    secrets: { user: sim.user, password: sim.password },
    caseFields: null,
    plainSecrets: [sim.password],
  };
}
