/**
 * `npm run bench -- --elasticsearch` without a cluster: the flags, the seeder's requests (the
 * bodies a real cluster receives, written with the server's own serializer and types), the
 * cleanup of the bench alias, and the one section of BENCHMARKS.md such a run may replace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';
import * as constants from '../../common/constants';
import * as rawDocument from '../../server/core/saved_objects/elasticsearch/raw_document';
import * as migrationLock from '../../server/core/saved_objects/elasticsearch/migration_lock';
import { latestModelVersion } from '../../server/core/saved_objects/model_versions';
import * as objectId from '../../server/core/saved_objects/object_id';
import * as platformTypes from '../../server/core/saved_objects/types';
import * as derivedFields from '../../server/services/derived_fields';
import * as idCounter from '../../server/saved_object_types/id_counter';
import * as savedObjectTypes from '../../server/saved_object_types/index';
import { isRight } from 'fp-ts/lib/Either';
import { sortRankOf } from '../../common/registries/case_statuses';
import type { StoredCaseAttributes } from '../../common/types/domain/case';
import { ConfigurationAttributesRt } from '../../common/types/domain/configure';
import { MISSING_HOSTS_MESSAGE } from './elasticsearch_settings.mjs';
import { CUSTOM_FIELD_DEFINITIONS, CUSTOM_FIELDS_OWNER, ESCALATED_KEY } from './generate/custom_fields.mjs';
import { seedingModel } from './generate/seeding_model.mjs';
import { removeBenchAlias, writeElasticsearch } from './generate/write_elasticsearch.mjs';
import { OptionsError, parseOptions } from './options.mjs';
import { writeBenchmarksMd, writeElasticsearchSection } from './report.mjs';

const ALIAS = 'cases-bench-3';
const PEOPLE = [{ username: 'ana.lyst', full_name: 'Ana Lyst', email: 'ana@example.com', profile_uid: 'u_ana' }];

interface Recorded {
  method: string;
  path: string;
  querystring: Record<string, string>;
  body: unknown;
}

const notFound = (what: string) =>
  new errors.ResponseError({ body: { error: { type: 'not_found', reason: what }, status: 404 }, statusCode: 404, headers: {}, warnings: null, meta: {} as never });

/** A cluster that records every request and answers from `reply` (404 when it returns undefined). */
function cluster(reply: (req: Recorded) => unknown) {
  const mock = new Mock();
  const requests: Recorded[] = [];
  mock.add({ method: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'], path: '*' }, (params) => {
    const req = { method: String(params.method), path: decodeURIComponent(String(params.path)), querystring: (params.querystring ?? {}) as Record<string, string>, body: params.body };
    requests.push(req);
    return (reply(req) ?? notFound(`${req.method} ${req.path}`)) as Record<string, unknown>;
  });
  return { client: new Client({ node: 'http://localhost:9200', Connection: mock.getConnection(), maxRetries: 0 }), requests };
}

function model() {
  const real = seedingModel({ rawDocument, savedObjectTypes, constants, idCounter, objectId, platformTypes, migrationLock, derivedFields });
  let next = 0;
  // Ids with a `:`, so the test sees the raw id escaped by the server's helper, not built here.
  return { ...real, generateId: () => `id:${++next}` };
}

const acknowledgeBulk = (req: Recorded) => {
  const body = req.body as Array<Record<string, { _id: string }>>;
  const items = body.filter((_, i) => i % 2 === 0).map((action) => ({ index: { _id: action.index._id, status: 201 } }));
  return { errors: false, items };
};

describe('--elasticsearch flag', () => {
  it('fails at once with what to set when ELASTICSEARCH_HOSTS is missing', () => {
    expect(() => parseOptions(['--elasticsearch', '--quick'], {})).toThrow(OptionsError);
    expect(() => parseOptions(['--elasticsearch'], { ELASTICSEARCH_HOSTS: ' ' })).toThrow(MISSING_HOSTS_MESSAGE);
    expect(MISSING_HOSTS_MESSAGE).toMatch(/set ELASTICSEARCH_HOSTS/);
  });

  it('hands the bench server the cluster settings and its own alias, and publishes the command without --build', () => {
    const env = { ELASTICSEARCH_HOSTS: 'https://es1:9200, https://es2:9200', ELASTICSEARCH_USERNAME: 'bench', ELASTICSEARCH_PASSWORD: 'pw', ELASTICSEARCH_INDEX: 'production-objects', HOME: '/root' };
    const options = parseOptions(['--build', '--elasticsearch', '--quick'], env);
    expect(options.command).toBe('npm run bench -- --elasticsearch --quick');
    expect(options.elasticsearch?.clientConfig).toMatchObject({ hosts: ['https://es1:9200', 'https://es2:9200'], username: 'bench', password: 'pw' });
    expect(options.elasticsearch?.serverEnv(ALIAS)).toEqual({
      ELASTICSEARCH_HOSTS: env.ELASTICSEARCH_HOSTS,
      ELASTICSEARCH_USERNAME: 'bench',
      ELASTICSEARCH_PASSWORD: 'pw',
      ELASTICSEARCH_INDEX: ALIAS,
    });
    expect(parseOptions(['--quick'], env).elasticsearch).toBeUndefined();
  });
});

describe('Elasticsearch seeder', () => {
  it('bulk-indexes cases, comments, user actions and the counter through the alias in the server layout, then refreshes once', async () => {
    const { client, requests } = cluster((req) => {
      if (req.method === 'POST' && req.path === `/${ALIAS}/_bulk`) return acknowledgeBulk(req);
      if (req.path === `/${ALIAS}/_refresh`) return { _shards: { total: 1, successful: 1, failed: 0 } };
      return undefined;
    });
    const m = model();
    const { report, seeded } = await writeElasticsearch({ client, alias: ALIAS, model: m, cases: 3, commentsPerCase: 2, people: PEOPLE });

    expect(requests.map((r) => r.path).pop()).toBe(`/${ALIAS}/_refresh`);
    expect(requests.filter((r) => r.path.endsWith('/_refresh'))).toHaveLength(1);
    const bulks = requests.filter((r) => r.path.endsWith('/_bulk'));
    for (const bulk of bulks) expect(bulk.querystring).toMatchObject({ require_alias: 'true', refresh: 'false' });
    const body = bulks.flatMap((b) => b.body as Array<Record<string, unknown>>);
    const pairs = Array.from({ length: body.length / 2 }, (_, i) => ({ action: body[2 * i] as { index: { _id: string } }, source: body[2 * i + 1] as rawDocument.RawSource }));
    for (const { action, source } of pairs) {
      const type = m.type(source.type);
      expect(Object.keys(action)).toEqual(['index']);
      expect(action.index._id).toBe(rawDocument.rawId(type, source.id, 'default'));
      expect(source).toMatchObject({ namespaces: ['default'], model_version: latestModelVersion(type) });
      expect(source.namespace).toBeUndefined();
      expect(source[source.type]).toBeDefined();
    }
    // The owner's configuration comes first, then the cases.
    expect(pairs[0].action.index._id).toBe(`${constants.CASE_CONFIGURE_SAVED_OBJECT}:id%3A1`);
    expect(pairs[1].action.index._id).toBe('cases:id%3A2');

    const ofType = (name: string) => pairs.filter((p) => p.source.type === name).map((p) => p.source);
    const cases = ofType(constants.CASE_SAVED_OBJECT);
    expect(cases.map((c) => (c.cases as { incremental_id: number }).incremental_id)).toEqual([1, 2, 3]);
    expect(seeded.map((c: { id: string }) => c.id)).toEqual(cases.map((c) => c.id));
    const comments = ofType(constants.CASE_COMMENT_SAVED_OBJECT);
    expect(comments).toHaveLength(report.comments);
    for (const comment of comments) {
      const caseId = (comment[constants.CASE_COMMENT_SAVED_OBJECT] as { case_id: string }).case_id;
      expect(comment.references).toEqual([{ type: constants.CASE_SAVED_OBJECT, id: caseId, name: constants.CASE_REF_NAME }]);
    }
    expect(ofType(constants.CASE_USER_ACTION_SAVED_OBJECT)).toHaveLength(3 + report.comments);
    const [counter] = ofType(constants.CASE_ID_INCREMENTER_SAVED_OBJECT);
    expect(counter[constants.CASE_ID_INCREMENTER_SAVED_OBJECT]).toEqual({ [idCounter.CASE_ID_COUNTER_FIELD]: 3 });
    expect(pairs.find((p) => p.source === counter)?.action.index._id).toBe(`${constants.CASE_ID_INCREMENTER_SAVED_OBJECT}:${idCounter.CASE_ID_COUNTER_OBJECT_ID}`);
  });

  it('seeds the owner\'s custom field configuration, and cases whose values follow it with the index fields the cases service derives', async () => {
    const { client, requests } = cluster((req) => {
      if (req.path.endsWith('/_bulk')) return acknowledgeBulk(req);
      if (req.path.endsWith('/_refresh')) return { _shards: { total: 1, successful: 1, failed: 0 } };
      return undefined;
    });
    await writeElasticsearch({ client, alias: ALIAS, model: model(), cases: 40, people: PEOPLE });
    const body = requests.filter((r) => r.path.endsWith('/_bulk')).flatMap((b) => b.body as Array<Record<string, unknown>>);
    const sources = body.filter((_, i) => i % 2 === 1) as rawDocument.RawSource[];
    const configurations = sources.filter((s) => s.type === constants.CASE_CONFIGURE_SAVED_OBJECT).map((s) => s[constants.CASE_CONFIGURE_SAVED_OBJECT]);
    expect(configurations).toHaveLength(1);
    const [configuration] = configurations;
    expect(isRight(ConfigurationAttributesRt.decode(configuration))).toBe(true);
    expect(configuration).toMatchObject({ owner: CUSTOM_FIELDS_OWNER, customFields: CUSTOM_FIELD_DEFINITIONS });

    const cases = sources.filter((s) => s.type === constants.CASE_SAVED_OBJECT).map((s) => s[constants.CASE_SAVED_OBJECT] as StoredCaseAttributes & derivedFields.CaseCustomFieldIndex);
    const configured = cases.filter((c) => c.owner === CUSTOM_FIELDS_OWNER);
    expect(configured.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(configured.length);
    for (const c of cases) {
      // Every defined key, in the configuration's order, with its type; none for other owners.
      const expected = c.owner === CUSTOM_FIELDS_OWNER ? CUSTOM_FIELD_DEFINITIONS.map(({ key, type }) => ({ key, type })) : [];
      expect(c.customFields.map(({ key, type }) => ({ key, type }))).toEqual(expected);
      // The stored case is what the cases service writes: its derived fields, from its own function.
      expect(c).toEqual(derivedFields.withDerivedFields(derivedFields.withoutDerivedFields(c)));
      expect(c.status_rank).toBe(sortRankOf(c.status));
      const escalated = c.customFields.find((field) => field.key === ESCALATED_KEY);
      expect(c.custom_field_values.includes(`${ESCALATED_KEY}=true`)).toBe(escalated?.value === true);
    }
  });

  it('stops on the first failed item with its reason, and never refreshes', async () => {
    const { client, requests } = cluster((req) => {
      if (!req.path.endsWith('/_bulk')) return undefined;
      return { errors: true, items: [{ index: { _id: 'cases:x', status: 404, error: { type: 'index_not_found_exception', reason: `no such index [${ALIAS}] and [require_alias] request flag is [true]` } } }] };
    });
    await expect(writeElasticsearch({ client, alias: ALIAS, model: model(), cases: 1, people: PEOPLE })).rejects.toThrow(/index_not_found_exception: no such index/);
    expect(requests.filter((r) => r.path.endsWith('/_refresh'))).toEqual([]);
  });

  it('deletes the indices behind the bench alias and the lock index by name', async () => {
    const { client, requests } = cluster((req) => {
      if (req.method === 'HEAD' && req.path === `/_alias/${ALIAS}`) return {};
      if (req.method === 'GET' && req.path === `/_alias/${ALIAS}`) return { [`${ALIAS}_2`]: { aliases: { [ALIAS]: { is_write_index: true } } } };
      if (req.method === 'DELETE') return { acknowledged: true };
      return undefined;
    });
    await expect(removeBenchAlias(client, model(), ALIAS)).resolves.toEqual([`${ALIAS}_2`]);
    const deleted = requests.find((r) => r.method === 'DELETE');
    expect(deleted?.path).toBe(`/${ALIAS}_2,${ALIAS}_migration_lock`);
    expect(deleted?.querystring).toMatchObject({ ignore_unavailable: 'true' });
  });

  it('deletes only a leftover lock index when the alias is absent', async () => {
    const { client, requests } = cluster((req) => (req.method === 'DELETE' ? { acknowledged: true } : undefined));
    await expect(removeBenchAlias(client, model(), ALIAS)).resolves.toEqual([]);
    expect(requests.find((r) => r.method === 'DELETE')?.path).toBe(`/${ALIAS}_migration_lock`);
  });
});

describe('BENCHMARKS.md', () => {
  const machine = { date: '2026-01-01T00:00:00.000Z', cores: 2, cpu: 'test cpu', memoryGiB: 4, node: 'v20', platform: 'linux x64' };
  const section = (title: string, figure: number) => ({ title, note: `note of ${title}`, rows: [{ scenario: 'get case', 'req/s': figure }] });
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bench-md-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an Elasticsearch run replaces only its own section; a SQLite run keeps it', () => {
    const path = join(dir, 'BENCHMARKS.md');
    writeBenchmarksMd(path, { machine, command: 'npm run bench', sections: [section('API', 1), section('UI', 2)] });
    const sqliteOnly = readFileSync(path, 'utf8');

    writeElasticsearchSection(path, section('Elasticsearch', 3));
    writeElasticsearchSection(path, section('Elasticsearch', 4));
    const withEs = readFileSync(path, 'utf8');
    expect(withEs.startsWith(sqliteOnly)).toBe(true);
    expect(withEs.match(/^## Elasticsearch$/gm)).toHaveLength(1);
    expect(withEs).toContain('| get case | 4 |');
    expect(withEs).not.toContain('| get case | 3 |');

    writeBenchmarksMd(path, { machine, command: 'npm run bench', sections: [section('API', 5), section('UI', 6)] });
    const rewritten = readFileSync(path, 'utf8');
    expect(rewritten).toContain('| get case | 5 |');
    expect(rewritten.slice(rewritten.indexOf('## Elasticsearch'))).toBe(withEs.slice(withEs.indexOf('## Elasticsearch')));
  });

  it('replaces a section in the middle of the file without touching the next one', () => {
    const path = join(dir, 'BENCHMARKS.md');
    writeFileSync(path, '# Benchmarks\n\n## Elasticsearch\n\nold\n\n## Later\n\nkept\n');
    writeElasticsearchSection(path, section('Elasticsearch', 7));
    expect(readFileSync(path, 'utf8')).toBe('# Benchmarks\n\n## Elasticsearch\n\nnote of Elasticsearch\n\n| scenario | req/s |\n| --- | --- |\n| get case | 7 |\n\n## Later\n\nkept\n');
  });
});
