/**
 * The requests the API benchmarks send, as autocannon request objects, defined once so that
 * the scenario table, the scale curve and the loaded run measure the same thing. Query values
 * are drawn per request (Math.random: which request gets which value does not matter, the mix
 * does).
 */
import { benchAuthHeader } from './built_server.mjs';
import { CUSTOM_FIELDS_OWNER, ESCALATED_KEY } from './generate/custom_fields.mjs';
import { COMMON_TAGS, SEARCH_WORD } from './generate/vocabulary.mjs';

export const READ_HEADERS = { authorization: benchAuthHeader };
export const WRITE_HEADERS = { authorization: benchAuthHeader, 'kbn-xsrf': 'bench', 'content-type': 'application/json' };

export const pick = (list) => list[Math.floor(Math.random() * list.length)];
const STATUSES = ['open', 'in-progress', 'closed'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
const TITLE_WORDS = ['phishing', 'malware', 'ransomware', 'lateral', 'credential', 'beacon', 'exfiltration', 'privilege', 'powershell', 'tunnel'];

/** A GET whose path is computed per request. */
export const getEach = (path) => ({ method: 'GET', headers: READ_HEADERS, setupRequest: (req) => ({ ...req, path: path() }) });

/** `_find` with one status, one severity and one of the common tags. */
export const findWithFilters = () =>
  getEach(() => `/api/cases/_find?status=${pick(STATUSES)}&severity=${pick(SEVERITIES)}&tags=${encodeURIComponent(pick(COMMON_TAGS))}`);

/**
 * POST /internal/cases/_search with `findWithFilters`' filters plus one toggle custom field
 * (escalated = true, about one case in ten of the owner): what the cases list sends when a user
 * adds a custom field filter. `_search` takes custom fields for one owner only (Kibana's rule),
 * so the body names the owner whose configuration defines the field.
 */
export const searchWithFilters = () => ({
  method: 'POST',
  path: '/internal/cases/_search',
  headers: WRITE_HEADERS,
  setupRequest: (req) => ({
    ...req,
    body: JSON.stringify({
      owner: CUSTOM_FIELDS_OWNER,
      status: pick(STATUSES),
      severity: pick(SEVERITIES),
      tags: [pick(COMMON_TAGS)],
      customFields: { [ESCALATED_KEY]: [true] },
    }),
  }),
});

/** `_find` with the one search word (its share of cases is in the data-generation table). */
export const findText = () => getEach(() => `/api/cases/_find?search=${SEARCH_WORD}`);

/**
 * The same word through `POST /internal/cases/_search`, as the cases list sends it: the list's
 * search also finds the holders of an observable value typed whole, at the cost of one count
 * for a word no case holds as a value; against `findText` it shows that cost.
 */
export const searchText = () => ({
  method: 'POST',
  path: '/internal/cases/_search',
  headers: WRITE_HEADERS,
  setupRequest: (req) => ({ ...req, body: JSON.stringify({ search: SEARCH_WORD }) }),
});

/** `_similar`, page 1 of 10, for a random case holding observables (`seeded[i].observables`). */
export function similarCases(seeded) {
  const holders = seeded.filter((c) => c.observables > 0).map((c) => c.id);
  if (holders.length === 0) throw new Error('the _similar scenario needs a data folder whose cases hold observables');
  return {
    method: 'POST',
    headers: WRITE_HEADERS,
    body: JSON.stringify({ page: 1, perPage: 10 }),
    setupRequest: (req) => ({ ...req, path: `/internal/cases/${pick(holders)}/_similar` }),
  };
}

export const getCase = (ids) => getEach(() => `/api/cases/${pick(ids)}`);

/**
 * The analyst the role scenario reads as: `soc_l2` grants Security's cases in every space, so
 * each request resolves a role's privileges (cached) where the superuser's need none.
 */
export const ANALYST = { username: 'bench_l2', password: 'bench-l2-password', roles: ['soc_l2'] };
const analystHeaders = { authorization: `Basic ${Buffer.from(`${ANALYST.username}:${ANALYST.password}`).toString('base64')}` };

/** Creates the analyst through the users API, as an admin would. */
export async function createAnalyst(url) {
  const res = await fetch(`${url}/internal/security/users/${ANALYST.username}`, {
    method: 'POST',
    headers: WRITE_HEADERS,
    body: JSON.stringify({ password: ANALYST.password, roles: ANALYST.roles, full_name: 'Bench L2 analyst' }),
  });
  if (res.status !== 200) throw new Error(`creating the bench analyst: ${res.status} ${(await res.text()).slice(0, 300)}`);
}

/** GET a random Security case as the analyst. */
export const getCaseAsAnalyst = (ids) => ({ method: 'GET', headers: analystHeaders, setupRequest: (req) => ({ ...req, path: `/api/cases/${pick(ids)}` }) });

/** POST /api/cases with a varied valid body, as the create form sends it. */
export function createCase() {
  let n = 0;
  return {
    method: 'POST',
    path: '/api/cases',
    headers: WRITE_HEADERS,
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        title: `Bench ${pick(TITLE_WORDS)} ${pick(TITLE_WORDS)} #${++n}`,
        description: `Created by the API benchmark.\n\n- host: **web-01**\n- source: \`${pick(TITLE_WORDS)}\``,
        tags: [...new Set([pick(COMMON_TAGS), pick(COMMON_TAGS)])],
        severity: pick(SEVERITIES),
        category: 'Malware',
        assignees: [],
        owner: 'securitySolution',
        settings: { syncAlerts: false },
        connector: { id: 'none', name: 'none', type: '.none', fields: null },
      }),
    }),
  };
}

/** POST a user comment to a random case of `cases` (`[{ id, owner }]`); its owner must be the case's. */
export function addComment(cases) {
  let n = 0;
  return {
    method: 'POST',
    headers: WRITE_HEADERS,
    setupRequest(req) {
      const c = pick(cases);
      return { ...req, path: `/api/cases/${c.id}/comments`, body: JSON.stringify({ type: 'user', comment: `Bench note ${++n}: host isolated, imaging the disk of **web-01**.`, owner: c.owner }) };
    },
  };
}

/**
 * PATCH the status of cases from `pool` (`[{ id, version, status }]`, read before the run),
 * open ⇄ closed. Each request takes a case out of the pool and puts it back with the version
 * of the answer, so no two requests in flight hold the same case and no version is stale:
 * every answer is a 200, never a 409.
 */
export function patchStatus(pool) {
  const free = [...pool];
  return {
    method: 'PATCH',
    path: '/api/cases',
    headers: WRITE_HEADERS,
    setupRequest(req, context) {
      const c = free.pop();
      if (!c) throw new Error('patch pool exhausted: give it more cases than connections');
      context.case = c;
      return { ...req, body: JSON.stringify({ cases: [{ id: c.id, version: c.version, status: c.status === 'closed' ? 'open' : 'closed' }] }) };
    },
    onResponse(status, body, context) {
      const c = context.case;
      if (status === 200) {
        const [updated] = JSON.parse(body);
        c.version = updated.version;
        c.status = updated.status;
      }
      free.unshift(c);
    },
  };
}
