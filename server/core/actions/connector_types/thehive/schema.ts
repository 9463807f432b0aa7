/**
 * TheHive's connector shapes, as Kibana's `.thehive` declares them: the instance URL and the
 * organisation (sent as `X-Organisation`), the API key, and the `pushToService` params. Kibana's
 * `createAlert` sub-action serves alerting rules, not cases, and is not offered here.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../../../../common/core/codec';

/** TheHive's severities: 1 LOW, 2 MEDIUM, 3 HIGH, 4 CRITICAL. */
export const THEHIVE_SEVERITY = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
/** The traffic light protocol: 0 CLEAR, 1 GREEN, 2 AMBER, 3 AMBER+STRICT, 4 RED. */
export const THEHIVE_TLP = { CLEAR: 0, GREEN: 1, AMBER: 2, AMBER_STRICT: 3, RED: 4 } as const;

const ConfigShapeRt = strictWithOptional({ url: t.string }, { organisation: t.union([t.string, t.null]) }, 'config');

/** `organisation` defaults to null, so the stored config always says which organisation is used. */
export const TheHiveConfigRt = new t.Type<TheHiveConfig, TheHiveConfig, unknown>(
  'config',
  (u): u is TheHiveConfig => ConfigShapeRt.is(u) && (u as TheHiveConfig).organisation !== undefined,
  (u, ctx) => {
    const result = ConfigShapeRt.validate(u, ctx);
    return result._tag === 'Left' ? result : t.success({ url: result.right.url, organisation: result.right.organisation ?? null });
  },
  t.identity,
);
export interface TheHiveConfig {
  url: string;
  organisation: string | null;
}

export const TheHiveSecretsRt = strict({ apiKey: t.string }, 'secrets');
export type TheHiveSecrets = t.TypeOf<typeof TheHiveSecretsRt>;

/**
 * A number, or a string holding one (Kibana coerces), null or absent giving `fallback`: the
 * case sends TheHive's severity and the case's TLP, either of which may be unset.
 */
const numberOr = (name: string, fallback: number) =>
  new t.Type<number, number, unknown>(
    name,
    (u): u is number => typeof u === 'number',
    (u, ctx) => {
      if (u === undefined || u === null) return t.success(fallback);
      const n = typeof u === 'string' && u.trim() !== '' ? Number(u) : u;
      return typeof n === 'number' && Number.isFinite(n) ? t.success(n) : t.failure(u, ctx, `[${name}]: expected value of type [number] but got [${typeof u}]`);
    },
    t.identity,
  );

const IncidentRt = strictWithOptional(
  { title: t.string, description: t.string },
  {
    externalId: t.union([t.string, t.null]),
    severity: numberOr('severity', THEHIVE_SEVERITY.MEDIUM),
    tlp: numberOr('tlp', THEHIVE_TLP.AMBER),
    tags: t.union([t.array(t.string), t.null]),
  },
  'incident',
);

const CommentRt = strict({ comment: t.string, commentId: t.string }, 'comment');

export const PushToServiceParamsRt = strictWithOptional({ incident: IncidentRt }, { comments: t.union([t.array(CommentRt), t.null]) }, 'subActionParams');
export type PushParams = t.TypeOf<typeof PushToServiceParamsRt>;
export type TheHiveIncident = Omit<PushParams['incident'], 'externalId'>;
