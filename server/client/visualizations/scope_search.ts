/**
 * Searches for several nodes of the bucket tree at once. The nodes share their terms path and
 * differ only in their date buckets, so one search selects each node's documents (the OR of
 * their paths) and aggregates the date levels above them to tell them apart, then the levels
 * below them. The number of searches a chart may take is bounded: a chart that would need more
 * is refused rather than left to load the store.
 */
import { badRequest, f, type FilterNode } from '../../core';
import { pathOf, type BucketNode } from './bucket_tree';
import type { SourceSearch, SourceSearchResult } from './data_sources';
import type { MetricGroup, QueryPlan } from './query_plan';
import { buildAggregations, readAggregations, type AggregatedLevel, type ResultBucket } from './scope_aggregations';

/** Searches one chart may take: the "Other" buckets and column filters of large tables add up. */
export const MAX_SEARCHES_PER_CHART = 200;
/** Nodes one search selects by an OR of their paths: both stores nest every OR, and nesting has limits. */
export const NODES_PER_SEARCH = 100;
const PARALLEL_SEARCHES = 4;

const allOf = (nodes: Array<FilterNode | undefined>): FilterNode | undefined => {
  const present = nodes.filter((node): node is FilterNode => node !== undefined);
  return present.length === 0 ? undefined : present.length === 1 ? present[0] : f.and(...present);
};

/** The chart's searches: each within the base filter, counted against the bound. */
export class ChartSearches {
  private count = 0;

  constructor(
    private readonly plan: QueryPlan,
    private readonly search: SourceSearch,
  ) {}

  run(filters: Array<FilterNode | undefined>, aggs?: Parameters<SourceSearch>[0]['aggs']): Promise<SourceSearchResult> {
    if (++this.count > MAX_SEARCHES_PER_CHART) {
      throw badRequest(
        `The chart needs more than ${MAX_SEARCHES_PER_CHART} searches: "Other" buckets and column filters are searched per bucket; show fewer values, or group fewer columns as "Other"`,
      );
    }
    const { base } = this.plan;
    return this.search({
      filter: allOf([base.filter, ...filters]),
      ...(base.search ? { search: base.search } : {}),
      ...(base.searchFields ? { searchFields: base.searchFields } : {}),
      ...(aggs && Object.keys(aggs).length > 0 ? { aggs } : {}),
    });
  }
}

export interface ScopeSearch {
  /** Nodes of one depth and one terms path. */
  nodes: BucketNode[];
  /** The documents of each node. */
  nodeFilter(node: BucketNode): FilterNode | undefined;
  /** The levels below the nodes, as the search aggregates them. */
  below: AggregatedLevel[];
  /** What every document of the search must also match (the keys a merged group may have). */
  restriction?: FilterNode;
  group: MetricGroup;
}

/** Runs tasks with a few in flight: the stores serve several readers, not hundreds. */
export async function inParallel<T>(tasks: Array<() => Promise<T>>, width = PARALLEL_SEARCHES): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

const EMPTY: ResultBucket = { docCount: 0, values: {}, children: [] };

/** Each node's answer: its documents' count and, below it, the buckets of `below` with the group's metrics. */
async function searchChunk(searches: ChartSearches, plan: QueryPlan, scope: ScopeSearch, nodes: BucketNode[]): Promise<Map<BucketNode, ResultBucket>> {
  const dateAncestors = (node: BucketNode) => pathOf(node).filter((at) => plan.levels[at.depth - 1].histogram);
  const prefix: AggregatedLevel[] = dateAncestors(nodes[0]).map((at) => ({ level: plan.levels[at.depth - 1], mode: 'known' }));
  if (prefix.length === 0 && nodes.length > 1) throw new Error('nodes without date buckets on their path cannot share a search');
  const levels = [...prefix, ...scope.below];
  const chosen = nodes.length === 1 ? scope.nodeFilter(nodes[0]) : f.or(...nodes.map((node) => scope.nodeFilter(node) ?? f.and()));
  const found = await searches.run([scope.group.filter, scope.restriction, chosen], buildAggregations(levels, scope.group));
  const answer = readAggregations(found.total, found.aggregations, levels, scope.group);
  return new Map(
    nodes.map((node) => {
      let bucket: ResultBucket | undefined = answer;
      for (const at of dateAncestors(node)) bucket = bucket?.children.find((child) => child.key === at.key);
      return [node, bucket ?? EMPTY];
    }),
  );
}

/** The answers of every node of the scope, in chunks of NODES_PER_SEARCH. */
export async function searchScope(searches: ChartSearches, plan: QueryPlan, scope: ScopeSearch): Promise<Map<BucketNode, ResultBucket>> {
  const chunks: BucketNode[][] = [];
  for (let start = 0; start < scope.nodes.length; start += NODES_PER_SEARCH) chunks.push(scope.nodes.slice(start, start + NODES_PER_SEARCH));
  const answers = await inParallel(chunks.map((chunk) => () => searchChunk(searches, plan, scope, chunk)));
  return new Map(answers.flatMap((answer) => [...answer]));
}
