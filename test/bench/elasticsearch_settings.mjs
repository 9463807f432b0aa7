/**
 * The cluster an `--elasticsearch` run measures, from the environment variables the server
 * itself reads (server/core/config/settings.ts: `elasticsearch.hosts` is `ELASTICSEARCH_HOSTS`,
 * and so on). The bench hands the same variables to the server it starts, with its own alias,
 * and builds its seeding client from them with the server's client options.
 */

/** The server's `elasticsearch.*` settings, by environment variable, that reach the cluster. */
const PASSED_THROUGH = [
  'ELASTICSEARCH_HOSTS',
  'ELASTICSEARCH_USERNAME',
  'ELASTICSEARCH_PASSWORD',
  'ELASTICSEARCH_APIKEY',
  'ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES',
  'ELASTICSEARCH_SSL_VERIFICATIONMODE',
  'ELASTICSEARCH_REQUESTTIMEOUT',
];

export const MISSING_HOSTS_MESSAGE =
  '--elasticsearch needs a cluster: set ELASTICSEARCH_HOSTS (e.g. https://localhost:9200), with ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD ' +
  '(or ELASTICSEARCH_APIKEY), and ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES for a cluster whose certificate a private CA signs.';

/** The bench's own alias for one size: created, seeded and deleted by the run, never another's. */
export const benchAlias = (size) => `cases-bench-${size}`;

const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);

/** Throws MISSING_HOSTS_MESSAGE when ELASTICSEARCH_HOSTS is unset or empty. */
export function readElasticsearchSettings(env) {
  const hosts = list(env.ELASTICSEARCH_HOSTS ?? '');
  if (hosts.length === 0) throw new Error(MISSING_HOSTS_MESSAGE);
  const cas = env.ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES;
  const timeout = env.ELASTICSEARCH_REQUESTTIMEOUT;
  return {
    hosts,
    /** For the built `createElasticsearchClient` (server/core/saved_objects/elasticsearch/config.ts). */
    clientConfig: {
      hosts,
      ...(env.ELASTICSEARCH_USERNAME ? { username: env.ELASTICSEARCH_USERNAME, password: env.ELASTICSEARCH_PASSWORD ?? '' } : {}),
      ...(env.ELASTICSEARCH_APIKEY ? { apiKey: env.ELASTICSEARCH_APIKEY } : {}),
      ssl: {
        ...(cas ? { certificateAuthorities: list(cas) } : {}),
        ...(env.ELASTICSEARCH_SSL_VERIFICATIONMODE ? { verificationMode: env.ELASTICSEARCH_SSL_VERIFICATIONMODE } : {}),
      },
      ...(timeout && /^\d+$/.test(timeout) ? { requestTimeout: Number(timeout) } : {}),
    },
    /** The environment of a bench server on `alias`: the cluster variables and the alias, nothing else of ours. */
    serverEnv: (alias) => ({
      ...Object.fromEntries(PASSED_THROUGH.filter((name) => env[name]).map((name) => [name, env[name]])),
      ELASTICSEARCH_INDEX: alias,
    }),
  };
}

/** Removes every `ELASTICSEARCH_*` variable: a SQLite bench server must not pick up a cluster from the shell. */
export function withoutElasticsearch(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('ELASTICSEARCH_')));
}
