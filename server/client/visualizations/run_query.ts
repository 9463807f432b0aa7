/**
 * A chart's table from its plan, in three steps:
 * 1. the primary metric group decides the buckets: one search with every level nested as the
 *    chart asks, then, for each terms level grouping the rest as "Other" (outer first), one
 *    search per terms path for the documents outside each parent's top values, with the levels
 *    below them ("Other" is exact, as Kibana computes it, not an estimate);
 * 2. every other metric group (a column filter) is searched for the decided keys only and
 *    merged into the rows by key path; a path it has no documents for counts 0;
 * 3. the tree's leaves become the rows.
 */
import type { CellValue, VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import { f } from '../../core';
import { addChild, byTermsPath, childKeys, createRoot, nodesAt, outsideKeys, pathFilter, rowsOf, type BucketNode } from './bucket_tree';
import type { SourceSearch } from './data_sources';
import { mergeGroup } from './merge_group';
import type { PlannedLevel, PlannedMetric, QueryPlan } from './query_plan';
import type { AggregatedLevel, ResultBucket } from './scope_aggregations';
import { ChartSearches, inParallel, searchScope } from './scope_search';

/** Puts a search's buckets under a node, down to the leaves, which take the metric values. */
function attach(node: BucketNode, bucket: ResultBucket, plan: QueryPlan): void {
  if (node.depth === plan.levels.length) {
    Object.assign(node.values, bucket.values);
    return;
  }
  const level = plan.levels[node.depth];
  bucket.children.forEach((child, index, siblings) => {
    const next = siblings[index + 1]?.key;
    const span = level.histogram ? { span: { gte: Number(child.key), ...(next === undefined ? {} : { lt: Number(next) }) } } : {};
    attach(addChild(node, { key: child.key, other: false, docCount: child.docCount, ...span }), child, plan);
  });
}

const discoverFrom = (plan: QueryPlan, depth: number): AggregatedLevel[] => plan.levels.slice(depth).map((level) => ({ level, mode: 'discover' }));

/** Adds, under each parent of `level`'s buckets, the "Other" bucket of its documents outside them (when it has any). */
async function addOtherBuckets(root: BucketNode, level: PlannedLevel, plan: QueryPlan, searches: ChartSearches): Promise<void> {
  const parents = nodesAt(root, level.index).filter((parent) => childKeys(parent).length > 0);
  const batches = byTermsPath(parents, plan);
  const answers = await inParallel(
    batches.map((nodes) => () =>
      searchScope(searches, plan, {
        nodes,
        nodeFilter: (parent) => {
          const outside = outsideKeys(level, childKeys(parent));
          const path = pathFilter(parent, plan);
          return path ? f.and(path, outside) : outside;
        },
        below: discoverFrom(plan, level.index + 1),
        group: plan.primary,
      }),
    ),
  );
  for (const answer of answers) {
    for (const [parent, bucket] of answer) {
      if (bucket.docCount > 0) attach(addChild(parent, { other: true, docCount: bucket.docCount }), bucket, plan);
    }
  }
}

/** Step 1: the buckets and the primary group's values. */
async function discoverBuckets(plan: QueryPlan, searches: ChartSearches): Promise<BucketNode> {
  const root = createRoot();
  const first = await searchScope(searches, plan, { nodes: [root], nodeFilter: () => undefined, below: discoverFrom(plan, 0), group: plan.primary });
  const answer = first.get(root) as ResultBucket;
  root.docCount = answer.docCount;
  attach(root, answer, plan);
  for (const level of plan.levels) {
    if (level.spec.type === 'terms' && level.spec.otherBucket) await addOtherBuckets(root, level, plan, searches);
  }
  return root;
}

/** A metric no document of a row fed: Lens shows 0 for counts and sums, nothing for the others. */
const emptyValue = (metric: PlannedMetric): CellValue => (['count', 'unique_count', 'sum'].includes(metric.spec.operation) ? 0 : null);

function fillEmpty(root: BucketNode, plan: QueryPlan): void {
  for (const leaf of nodesAt(root, plan.levels.length)) {
    for (const metric of plan.metrics) {
      if (leaf.values[metric.name] === undefined || (leaf.values[metric.name] === null && emptyValue(metric) !== null)) leaf.values[metric.name] = emptyValue(metric);
    }
  }
}

export async function runQuery(plan: QueryPlan, search: SourceSearch): Promise<VisualizationQueryResponse> {
  const searches = new ChartSearches(plan, search);
  const root = await discoverBuckets(plan, searches);
  for (const group of plan.groups) if (group !== plan.primary) await mergeGroup(root, group, plan, searches);
  fillEmpty(root, plan);
  // The primary group may filter; the total is of the chart's query, filters and time range alone.
  const total = plan.primary.filter === undefined ? root.docCount : (await searches.run([])).total;
  return { columns: plan.columns, rows: rowsOf(root, plan), total, ...(plan.interval ? { interval: plan.interval } : {}) };
}
