/**
 * Kibana's `.email` connector: its config, secrets and params, with Kibana's keys and defaults.
 * io-ts has no defaults, so each codec decodes strictly and then fills what Kibana's schema
 * fills (`service: 'other'`, `hasAuth: true`, nulls, empty recipient lists), so the executor
 * always sees complete objects.
 */
import * as t from 'io-ts';
import { isLeft, isRight } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, strictPartial, strictWithOptional } from '../../../../../common/core/codec';

/** Bounds of our own (Kibana has none on these): a hostile connector or params cost little to refuse. */
export const EMAIL_LIMITS = {
  address: 320,
  recipientsPerList: 100,
  host: 253,
  text: 255,
  subject: 1_000,
  /** Kibana trims bodies past xpack.actions.email.maximum_body_length (25 MB); we refuse past 1 MB of characters. */
  body: 1_000_000,
} as const;

const text = (field: string, max: number = EMAIL_LIMITS.text) => limitedString(field, { max });
const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** Kibana's portSchema: an integer from 1 to 65535. */
const PortRt = new t.Type<number, number, unknown>(
  'port',
  (u): u is number => Number.isInteger(u) && (u as number) >= 1 && (u as number) <= 65535,
  (u, ctx) => (Number.isInteger(u) && (u as number) >= 1 && (u as number) <= 65535 ? t.success(u as number) : t.failure(u, ctx, `[port]: expected an integer from 1 to 65535`)),
  t.identity,
);

export interface EmailConfig {
  /** `other` (host and port given), a nodemailer well-known service (`gmail`, `outlook365`, `ses`, ...), or `exchange_server` (refused here). */
  service: string;
  from: string;
  host: string | null;
  port: number | null;
  secure: boolean | null;
  hasAuth: boolean;
  clientId: string | null;
  tenantId: string | null;
  oauthTokenUrl: string | null;
}

export interface EmailSecrets {
  user: string | null;
  password: string | null;
  /** Exchange (Graph API) only; kept so Kibana's exports decode. */
  clientSecret: string | null;
}

export interface EmailParams {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  message: string;
  messageHTML: string | null;
  kibanaFooterLink: { path: string; text: string };
}

/** Decode strictly with `codec`, then fill Kibana's defaults with `fill`; `check` adds a rule the schema cannot say. */
function withDefaults<I, O>(name: string, codec: t.Decoder<unknown, I>, fill: (input: I) => O, check?: (value: O) => string | undefined) {
  const type: t.Type<O, O, unknown> = new t.Type<O, O, unknown>(
    name,
    // A filled object decodes to itself: every default is a value the input codec accepts.
    (u): u is O => isRight(type.decode(u)),
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      if (isLeft(decoded)) return decoded;
      const filled = fill(decoded.right);
      const problem = check?.(filled);
      return problem === undefined ? t.success(filled) : t.failure(u, ctx, problem);
    },
    t.identity,
  );
  return type;
}

const ConfigInputRt = strictWithOptional(
  { from: limitedString('from', { min: 1, max: EMAIL_LIMITS.address }) },
  {
    service: text('service'),
    host: nullable(text('host', EMAIL_LIMITS.host)),
    port: nullable(PortRt),
    secure: nullable(t.boolean),
    hasAuth: t.boolean,
    clientId: nullable(text('clientId')),
    tenantId: nullable(text('tenantId')),
    oauthTokenUrl: nullable(text('oauthTokenUrl', 2_048)),
  },
  'config',
);

export const EmailConfigRt = withDefaults('config', ConfigInputRt, (c): EmailConfig => ({
  service: c.service ?? 'other',
  from: c.from,
  host: c.host ?? null,
  port: c.port ?? null,
  secure: c.secure ?? null,
  hasAuth: c.hasAuth ?? true,
  clientId: c.clientId ?? null,
  tenantId: c.tenantId ?? null,
  oauthTokenUrl: c.oauthTokenUrl ?? null,
}));

const SecretsInputRt = strictPartial(
  { user: nullable(text('user', EMAIL_LIMITS.address)), password: nullable(text('password', 1_024)), clientSecret: nullable(text('clientSecret', 1_024)) },
  'secrets',
);

export const EmailSecretsRt = withDefaults('secrets', SecretsInputRt, (s): EmailSecrets => ({ user: s.user ?? null, password: s.password ?? null, clientSecret: s.clientSecret ?? null }));

const recipients = (field: string) => limitedArray(limitedString(field, { max: EMAIL_LIMITS.address }), field, { max: EMAIL_LIMITS.recipientsPerList });

const ParamsInputRt = strictWithOptional(
  { subject: limitedString('subject', { max: EMAIL_LIMITS.subject }), message: limitedString('message', { max: EMAIL_LIMITS.body }) },
  {
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    messageHTML: nullable(limitedString('messageHTML', { max: EMAIL_LIMITS.body })),
    // Not for users: a caller may point the footer link somewhere more specific, as in Kibana.
    kibanaFooterLink: strictPartial({ path: text('kibanaFooterLink.path', 2_048), text: text('kibanaFooterLink.text') }),
  },
  'params',
);

/** Kibana 8's words when nobody would receive the mail. */
export const NO_RECIPIENTS_MESSAGE = 'no [to], [cc], or [bcc] entries';

export const EmailParamsRt = withDefaults(
  'params',
  ParamsInputRt,
  (p): EmailParams => ({
    to: p.to ?? [],
    cc: p.cc ?? [],
    bcc: p.bcc ?? [],
    subject: p.subject,
    message: p.message,
    messageHTML: p.messageHTML ?? null,
    kibanaFooterLink: { path: p.kibanaFooterLink?.path ?? '/', text: p.kibanaFooterLink?.text ?? 'Go to Elastic' },
  }),
  (p) => (p.to.length + p.cc.length + p.bcc.length === 0 ? NO_RECIPIENTS_MESSAGE : undefined),
);
