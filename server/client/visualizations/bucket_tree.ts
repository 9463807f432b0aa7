/**
 * The chart's buckets as a tree: the root, then one level per bucket column, outer first. Each
 * node knows the documents it stands for as a filter (its path), so that the searches the
 * stores cannot nest (an "Other" bucket, a filtered metric) can be run for exactly its
 * documents. The table is the tree's leaves, one row per path from the root to the last level.
 */
import { OTHER_BUCKET_KEY } from '../../../common/visualizations/definition';
import type { CellValue } from '../../../common/visualizations/query_api';
import { f, type FilterNode } from '../../core';
import type { PlannedLevel, QueryPlan } from './query_plan';

export type RawKey = string | number | boolean;

export interface BucketNode {
  /** Keyed ancestors and itself: 0 for the root, 1 for a bucket of the first level. */
  depth: number;
  /** The key as the store answered it; undefined for the root and for "Other". */
  key?: RawKey;
  /** The bucket of a terms level's documents outside its top values. */
  other: boolean;
  /** Date buckets: from their key to the next bucket's (the last one is open-ended; the time range closes it). */
  span?: { gte: number; lt?: number };
  docCount: number;
  /** Metric values by metric name, filled at the leaves. */
  values: Record<string, CellValue>;
  children: BucketNode[];
  parent?: BucketNode;
}

export const createRoot = (): BucketNode => ({ depth: 0, other: false, docCount: 0, values: {}, children: [] });

export function addChild(parent: BucketNode, child: Omit<BucketNode, 'depth' | 'parent' | 'children' | 'values'> & Partial<Pick<BucketNode, 'values'>>): BucketNode {
  const node: BucketNode = { values: {}, ...child, depth: parent.depth + 1, parent, children: [] };
  parent.children.push(node);
  return node;
}

/** The keys of the real (not "Other") children: a terms level's top values under this parent. */
export const childKeys = (parent: BucketNode): RawKey[] => parent.children.flatMap((child) => (child.other || child.key === undefined ? [] : [child.key]));

const iso = (ms: number) => new Date(ms).toISOString();

/** The documents of a terms level that are none of `keys`, as Kibana's "Other" (documents without the field are not "Other"). */
export const outsideKeys = (level: PlannedLevel, keys: RawKey[]): FilterNode =>
  f.and(f.exists(level.field.name), f.not(f.terms(level.field.name, keys)));

/** What a node's own level says of its documents. */
function conditionOf(node: BucketNode, plan: QueryPlan): FilterNode {
  const level = plan.levels[node.depth - 1];
  if (node.span) {
    return f.range(level.field.name, { gte: iso(node.span.gte), ...(node.span.lt === undefined ? {} : { lt: iso(node.span.lt) }) });
  }
  if (node.other) return outsideKeys(level, childKeys(node.parent as BucketNode));
  return f.term(level.field.name, node.key as RawKey);
}

/** The documents of a node (within the chart's base filter); undefined for the root, which is all of them. */
export function pathFilter(node: BucketNode, plan: QueryPlan): FilterNode | undefined {
  const conditions: FilterNode[] = [];
  for (let at: BucketNode | undefined = node; at && at.depth > 0; at = at.parent) conditions.unshift(conditionOf(at, plan));
  return conditions.length === 0 ? undefined : conditions.length === 1 ? conditions[0] : f.and(...conditions);
}

/** The nodes along a node's path, outer first, the root left out. */
export function pathOf(node: BucketNode): BucketNode[] {
  const path: BucketNode[] = [];
  for (let at: BucketNode | undefined = node; at && at.depth > 0; at = at.parent) path.unshift(at);
  return path;
}

/** Every node at `depth`, in table order. */
export function nodesAt(root: BucketNode, depth: number): BucketNode[] {
  if (root.depth === depth) return [root];
  return root.children.flatMap((child) => nodesAt(child, depth));
}

/** Every "Other" node, outer first. */
export const otherNodes = (root: BucketNode): BucketNode[] =>
  root.children.flatMap((child) => [...(child.other ? [child] : []), ...otherNodes(child)]);

/**
 * Nodes that one search can answer together: the same terms keys (or "Other") on their path,
 * told apart only by their date buckets. Date fields hold one value per document, so a document
 * falls in one date bucket; a terms field may hold several (tags), so two terms paths in one
 * search would count a document under both.
 */
export function termsPathKey(node: BucketNode, plan: QueryPlan): string {
  return JSON.stringify(pathOf(node).map((at) => (plan.levels[at.depth - 1].histogram ? null : at.other ? { other: true } : at.key)));
}

/** Nodes grouped so that each group can share one search. */
export function byTermsPath(nodes: BucketNode[], plan: QueryPlan): BucketNode[][] {
  const groups = new Map<string, BucketNode[]>();
  for (const node of nodes) {
    const key = `${node.depth}:${termsPathKey(node, plan)}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return [...groups.values()];
}

/** A bucket key as the table shows it: epoch ms for dates, OTHER_BUCKET_KEY for "Other". */
function cellOf(node: BucketNode, level: PlannedLevel): CellValue {
  if (node.other) return OTHER_BUCKET_KEY;
  const key = node.key as RawKey;
  if (level.columnType === 'date' && typeof key === 'string') {
    const ms = Date.parse(key);
    return Number.isNaN(ms) ? key : ms;
  }
  if (level.columnType === 'boolean' && typeof key !== 'boolean') return key === 1 || key === 'true';
  return key;
}

/** One row per leaf, bucket cells first, in the tree's order. */
export function rowsOf(root: BucketNode, plan: QueryPlan): Array<Record<string, CellValue>> {
  return nodesAt(root, plan.levels.length).map((leaf) => {
    const row: Record<string, CellValue> = {};
    for (const node of pathOf(leaf)) {
      const level = plan.levels[node.depth - 1];
      row[level.spec.id] = cellOf(node, level);
    }
    for (const metric of plan.metrics) row[metric.spec.id] = leaf.values[metric.name] ?? null;
    return row;
  });
}
