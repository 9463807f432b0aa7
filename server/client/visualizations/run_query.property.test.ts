/**
 * Any request the codec accepts, over the fixed documents: a table whose rows carry every
 * column, whose counts add up where they must, or a 400; never another failure.
 */
import fc from 'fast-check';
import type { VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { OTHER_BUCKET_KEY } from '../../../common/visualizations/definition';
import { DOCUMENTS, SOURCE, request } from './__fixtures__/fixed_documents';
import { memorySearch } from './__fixtures__/memory_search';
import { planQuery } from './query_plan';
import { runQuery } from './run_query';

const KEYWORDS = ['host.name', 'user.name', 'severity', 'tags', 'risk'];
const FILTERS = [undefined, 'severity:high', 'not host.name:h1', 'risk > 30', 'tags:*', 'nope:1'];

const metric = fc.record({
  operation: fc.constantFrom('count', 'unique_count', 'sum', 'average', 'min', 'max'),
  field: fc.constantFrom(undefined, 'risk', 'user.name'),
  filter: fc.constantFrom(...FILTERS),
});

const bucket = fc.oneof(
  fc.record({ type: fc.constant('date_histogram'), interval: fc.constantFrom('auto', 'day', '12h', 'hour', '30m') }),
  fc.record({
    type: fc.constant('terms'),
    field: fc.constantFrom(...KEYWORDS),
    size: fc.integer({ min: 1, max: 4 }),
    order: fc.constantFrom('count', 'alphabetical', 'metric'),
    direction: fc.constantFrom('asc', 'desc'),
    otherBucket: fc.boolean(),
  }),
);

function toRequest(buckets: Array<Record<string, unknown>>, metrics: Array<Record<string, unknown>>): VisualizationQueryRequest {
  const metricSpecs = metrics.map((m, i) => ({
    id: `m${i}`,
    operation: m.operation,
    ...(m.operation === 'count' || m.field === undefined ? {} : { field: m.field }),
    ...(m.filter === undefined ? {} : { filter: m.filter }),
  }));
  const bucketSpecs = buckets.map((b, i) =>
    b.type === 'date_histogram'
      ? { id: `b${i}`, type: 'date_histogram', field: '@timestamp', interval: b.interval }
      : {
          id: `b${i}`,
          type: 'terms',
          field: b.field,
          size: b.size,
          orderBy: b.order === 'metric' ? { type: 'metric', metricId: 'm0' } : { type: b.order },
          direction: b.direction,
          otherBucket: b.otherBucket,
        },
  );
  return request({ buckets: bucketSpecs, metrics: metricSpecs } as Partial<VisualizationQueryRequest>);
}

it('answers a table or a 400, with every column in every row', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(bucket, { maxLength: 3 }), fc.array(metric, { minLength: 1, maxLength: 3 }), async (buckets, metrics) => {
      const body = toRequest(buckets, metrics);
      let response;
      try {
        response = await runQuery(planQuery(body, SOURCE), memorySearch(DOCUMENTS).search);
      } catch (e) {
        expect([(e as Error).message, (e as { statusCode?: number }).statusCode]).toEqual([(e as Error).message, 400]);
        return;
      }
      const ids = [...body.buckets, ...body.metrics].map((c) => c.id);
      for (const row of response.rows) expect(Object.keys(row).sort()).toEqual([...ids].sort());
      expect(response.total).toBe(10);
      // One terms level of a single-valued field, counted unfiltered: its rows, "Other" included, hold every document that has the field.
      const [only] = body.buckets;
      const count = body.metrics.findIndex((m) => m.operation === 'count' && !m.filter && !m.field);
      if (body.buckets.length === 1 && only.type === 'terms' && only.otherBucket && only.field !== 'tags' && count >= 0 && only.orderBy.type !== 'metric') {
        const withField = DOCUMENTS.filter((d) => String(d['@timestamp']) >= '2024' && (only.field === 'risk' ? d.risk !== undefined : only.field === 'host.name' ? d.host : true)).length;
        const sum = response.rows.reduce((total, row) => total + (row[`m${count}`] as number), 0);
        expect([sum, response.rows.filter((r) => r[only.id] === OTHER_BUCKET_KEY).length <= 1]).toEqual([withField, true]);
      }
    }),
    { numRuns: 150 },
  );
});
