/**
 * A metric group with a column filter, merged into the buckets the primary group decided. The
 * stores have no filter inside a bucket, so the group is searched on its own: its filter, the
 * decided keys of each terms level (a restriction), and every level aggregated in key order, all
 * keys kept. Its values then go to the rows of the same key path; a row it has no documents for
 * keeps no value (0 or none, filled later).
 *
 * A document of a decided key may hold other values of the same field (a case's tags), which
 * take places among a level's buckets: a level whose answer is full and lacks a decided key is
 * searched again with room for four times as many.
 */
import { badRequest, f, type FilterNode } from '../../core';
import { byTermsPath, otherNodes, pathFilter, type BucketNode, type RawKey } from './bucket_tree';
import { MAX_VISUALIZATION_ROWS, type MetricGroup, type QueryPlan } from './query_plan';
import type { AggregatedLevel, ResultBucket } from './scope_aggregations';
import { inParallel, searchScope, type ChartSearches } from './scope_search';

/** The real (not "Other") keys below these nodes, by level: "Other" nodes are scopes of their own. */
function knownKeys(scopes: BucketNode[], plan: QueryPlan): Map<number, RawKey[]> {
  const keys = new Map<number, Set<RawKey>>(plan.levels.map((level) => [level.index, new Set<RawKey>()]));
  const visit = (node: BucketNode) => {
    for (const child of node.children) {
      if (child.other) continue;
      keys.get(child.depth - 1)?.add(child.key as RawKey);
      visit(child);
    }
  };
  scopes.forEach(visit);
  return new Map([...keys].map(([index, set]) => [index, [...set]]));
}

/** Whether the answer under `node` left out a decided key at a level it filled to `sizes`. */
function cutShort(node: BucketNode, bucket: ResultBucket, plan: QueryPlan, sizes: Map<number, number>): boolean {
  if (node.depth === plan.levels.length) return false;
  const size = sizes.get(node.depth) ?? Infinity;
  return node.children.some((child) => {
    if (child.other) return false;
    const answer = bucket.children.find((candidate) => candidate.key === child.key);
    return answer ? cutShort(child, answer, plan, sizes) : bucket.children.length >= size;
  });
}

/** Sets the group's values on the leaves under `node` that its answer reaches, matching keys level by level. */
function merge(node: BucketNode, bucket: ResultBucket, plan: QueryPlan, group: MetricGroup): void {
  if (node.depth === plan.levels.length) {
    for (const metric of group.metrics) node.values[metric.name] = bucket.values[metric.name] ?? null;
    return;
  }
  for (const child of node.children) {
    if (child.other) continue;
    const answer = bucket.children.find((candidate) => candidate.key === child.key);
    if (answer) merge(child, answer, plan, group);
  }
}

/** One search for nodes sharing a terms path, repeated with more room while a level comes back cut short. */
async function mergeScopes(nodes: BucketNode[], group: MetricGroup, plan: QueryPlan, searches: ChartSearches): Promise<void> {
  const levels = plan.levels.slice(nodes[0].depth);
  const keys = knownKeys(nodes, plan);
  const termsLevels = levels.filter((level) => !level.histogram);
  // A level without keys: none of these nodes' leaves is reached without crossing an "Other".
  if (termsLevels.some((level) => (keys.get(level.index) ?? []).length === 0)) return;
  const restriction = termsLevels.map((level): FilterNode => f.terms(level.field.name, keys.get(level.index) as RawKey[]));
  for (let room = 1; ; room *= 4) {
    const sizes = new Map(termsLevels.map((level) => [level.index, (keys.get(level.index) as RawKey[]).length * room]));
    const widest = termsLevels.find((level) => (sizes.get(level.index) as number) > MAX_VISUALIZATION_ROWS);
    if (widest) {
      throw badRequest(`Column "${widest.spec.id}" holds too many other values beside the chart's to compute the filtered metrics: show fewer values`);
    }
    const below = levels.map((level): AggregatedLevel => ({ level, mode: 'known', size: sizes.get(level.index) }));
    const answers = await searchScope(searches, plan, {
      nodes,
      nodeFilter: (node) => pathFilter(node, plan),
      below,
      restriction: restriction.length === 0 ? undefined : restriction.length === 1 ? restriction[0] : f.and(...restriction),
      group,
    });
    if ([...answers].some(([node, bucket]) => cutShort(node, bucket, plan, sizes))) continue;
    for (const [node, bucket] of answers) merge(node, bucket, plan, group);
    return;
  }
}

/** The group's values on the decided buckets: the root's subtree, and each "Other" bucket's. */
export async function mergeGroup(root: BucketNode, group: MetricGroup, plan: QueryPlan, searches: ChartSearches): Promise<void> {
  const scopes = byTermsPath([root, ...otherNodes(root)], plan);
  await inParallel(scopes.map((nodes) => () => mergeScopes(nodes, group, plan, searches)));
}
