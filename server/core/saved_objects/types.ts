/**
 * The saved-objects contract: what a plugin registers and what every storage backend
 * (SQLite, Elasticsearch) implements. One contract test suite holds each backend to it.
 *
 * Shapes follow Kibana's saved-objects service where a plugin sees them (SavedObject,
 * references, bulk results with per-item errors, an opaque `version`), so plugin code reads
 * like Kibana plugin code.
 */

import type {
  ExchangeDocument,
  SavedObjectExchange,
  SavedObjectsExchangeAuthorization,
  SavedObjectsExportHook,
  SavedObjectsImportHook,
} from './import_export/types';

// ---------------------------------------------------------------------------------------------
// Types and mappings
// ---------------------------------------------------------------------------------------------

/** `single`: the object lives in exactly one space. `agnostic`: one object for all spaces (spaces, users). */
export type NamespaceType = 'single' | 'agnostic';

export type MappingFieldType =
  | 'keyword'
  | 'text'
  | 'date'
  | 'long'
  | 'integer'
  | 'short'
  | 'float'
  | 'double'
  | 'boolean'
  | 'object'
  | 'nested'
  | 'flattened'
  | 'binary';

export interface MappingProperty {
  type?: MappingFieldType;
  /** For `object` and `nested`. An object without `type` but with `properties` is an object. */
  properties?: Record<string, MappingProperty>;
  /** Multi-fields, as in Elasticsearch: `title.keyword` sorts and filters a `text` field. */
  fields?: Record<string, { type: 'keyword' | 'text'; ignore_above?: number; normalizer?: string }>;
  /** `false`: stored, not searchable. */
  index?: boolean;
  /** `false` on an object: stored, never parsed for search. */
  enabled?: boolean;
  ignore_above?: number;
  /** Elasticsearch date format; SQLite ignores it (dates are ISO strings). */
  format?: string;
}

export interface SavedObjectsTypeMappingDefinition {
  /** Kibana types use `false`: unmapped attributes are stored but not searchable. */
  dynamic?: false | 'strict';
  properties: Record<string, MappingProperty>;
}

export interface SavedObjectsTypeManagement {
  /** Kibana's: objects of the type go through export, import and copy to space. */
  importableAndExportable?: boolean;
  /** `false`: exported with the objects that bring them (a case's comments), never listed on their own. */
  visibleInManagement?: boolean;
  displayName?: string;
  defaultSearchField?: string;
  /** The EUI icon of the type in the Saved Objects page and in import results. */
  icon?: string;
  /** The object's title in the Saved Objects page and in import results (its id when absent). */
  getTitle?(object: Pick<SavedObject, 'id' | 'type' | 'attributes'>): string;
  /** Where the object opens in the app (a path inside its space), and the UI capability that must be true to link it. */
  getInAppUrl?(object: Pick<SavedObject, 'id' | 'type' | 'attributes'>): { path: string; uiCapabilitiesPath: string } | undefined;
  /**
   * Types of other Kibana builds whose documents import as this type's, each with how its document
   * becomes one of this type (Kibana's unified `cases-attachments` are comments here).
   */
  importAliases?: Record<string, (document: ExchangeDocument) => ExchangeDocument>;
  onExport?: SavedObjectsExportHook;
  onImport?: SavedObjectsImportHook;
  /** How stored objects become Kibana's export documents and back, when the stored shape is not Kibana's. */
  exchange?: SavedObjectExchange;
  /** Who may export or import which objects of the type (import_export/types.ts). */
  authorize?: SavedObjectsExchangeAuthorization;
}

/**
 * One model version of a type, as Kibana's model versions: version 1 is the first shape,
 * each later version says what changed and, when stored documents must change with it,
 * how to turn the previous version's attributes into this one's.
 */
export interface SavedObjectsModelVersion {
  /** What changed, for the log and for whoever reads the type next. */
  description: string;
  /**
   * From the previous version's attributes to this one's. Version 1 has none. A pure
   * function of the document: it runs on read, at start in bulk, and on import.
   */
  migrate?: (attributes: Record<string, unknown>, context: ModelVersionMigrationContext) => Record<string, unknown>;
}

export interface ModelVersionMigrationContext {
  type: string;
  id: string;
  /** The version the document is being migrated from (this step's target minus one). */
  fromVersion: number;
}

/** Keyed by version number: 1, 2, ... N, without gaps. */
export type SavedObjectsModelVersionMap = Record<number, SavedObjectsModelVersion>;

export interface SavedObjectsType {
  /** `[a-z0-9_-]`, unique. */
  name: string;
  namespaceType: NamespaceType;
  /** Hidden types are not reachable through the generic saved-objects HTTP APIs. */
  hidden?: boolean;
  mappings: SavedObjectsTypeMappingDefinition;
  management?: SavedObjectsTypeManagement;
  /**
   * Scalar keyword fields of few values that finds combine with filters on array fields
   * (a case's owner, status and severity, filtered with its tags). A storage hint: the
   * embedded store keeps them beside every array value so such a filter, its total and a
   * terms aggregation on one of them read one index range, not every object that has the
   * tag. Elasticsearch needs no hint. Results are the same with or without it.
   */
  facets?: string[];
  /**
   * A storage hint: mapped exact fields the embedded store gives no expression index. Every
   * index over the attributes is rewritten by every write of a row, so a field that queries
   * never filter or sort on alone (an entity pivot beside a selective filter) is cheaper
   * unindexed: a filter on it reads the rows another condition selected, or scans the space.
   * Results are the same; Elasticsearch ignores the hint.
   */
  unindexed?: string[];
  /**
   * A storage hint for types with facets: array fields the embedded store keeps out of the
   * facets table. Every array value costs a facets row beside its values row, each under two
   * indexes; an array that finds never combine with facet filters as their narrowing condition
   * (a case's observable keys, read to rank by overlap) is cheaper to write without it. A filter
   * on such a field takes the general path. Results are the same; Elasticsearch ignores it.
   */
  unfaceted?: string[];
  /**
   * The type's versions. Stored documents carry the version they were written at and are
   * read as the latest one. A type that declares none is at version 1.
   */
  modelVersions?: SavedObjectsModelVersionMap;
}

export interface SavedObjectTypeRegistry {
  registerType(type: SavedObjectsType): void;
  getType(name: string): SavedObjectsType | undefined;
  getAllTypes(): SavedObjectsType[];
  isNamespaceAgnostic(name: string): boolean;
}

// ---------------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------------

export interface SavedObjectReference {
  type: string;
  id: string;
  name: string;
}

export interface SavedObjectError {
  statusCode: number;
  error: string;
  message: string;
}

export interface SavedObject<T = unknown> {
  id: string;
  type: string;
  attributes: T;
  references: SavedObjectReference[];
  /** Opaque; changes on every write. Pass it back to update/delete for optimistic concurrency. */
  version: string;
  /** The space ids the object belongs to; `['*']`-free: agnostic objects have none. */
  namespaces?: string[];
  created_at: string;
  updated_at: string;
  /** Who wrote it last, when the caller says so (profile uid or username). */
  created_by?: string;
  updated_by?: string;
  /** Kibana's: the id of the object this one was copied from by an import with `createNewCopies`. */
  originId?: string;
}

/** A bulk item that failed carries `error` and no attributes. */
export interface SavedObjectBulkItemError {
  id: string;
  type: string;
  error: SavedObjectError;
}

export type SavedObjectBulkItem<T> = SavedObject<T> | SavedObjectBulkItemError;

export const isBulkItemError = <T>(item: SavedObjectBulkItem<T>): item is SavedObjectBulkItemError =>
  (item as SavedObjectBulkItemError).error !== undefined;

// ---------------------------------------------------------------------------------------------
// Filters, sort, aggregations
// ---------------------------------------------------------------------------------------------

/**
 * A field path is the attribute path as the mappings name it (`status`, `assignees.uid`,
 * `title.keyword` for a multi-field), or one of the root fields `id`, `created_at`, `updated_at`, `originId`
 * (a mapped attribute of the same name wins over the root field).
 * A term matches when any value at that path equals the value (arrays and arrays of objects
 * are flattened, as Elasticsearch does).
 */
export type FilterValue = string | number | boolean;

export type FilterNode =
  | { op: 'and'; nodes: FilterNode[] }
  | { op: 'or'; nodes: FilterNode[] }
  | { op: 'not'; node: FilterNode }
  | { op: 'term'; field: string; value: FilterValue }
  | { op: 'terms'; field: string; values: FilterValue[] }
  | { op: 'range'; field: string; gt?: FilterValue; gte?: FilterValue; lt?: FilterValue; lte?: FilterValue }
  | { op: 'exists'; field: string }
  | { op: 'prefix'; field: string; value: string };

/** Builders so plugin code reads as a query, not as object literals. */
export const f = {
  and: (...nodes: FilterNode[]): FilterNode => ({ op: 'and', nodes }),
  or: (...nodes: FilterNode[]): FilterNode => ({ op: 'or', nodes }),
  not: (node: FilterNode): FilterNode => ({ op: 'not', node }),
  term: (field: string, value: FilterValue): FilterNode => ({ op: 'term', field, value }),
  terms: (field: string, values: FilterValue[]): FilterNode => ({ op: 'terms', field, values }),
  range: (
    field: string,
    bounds: { gt?: FilterValue; gte?: FilterValue; lt?: FilterValue; lte?: FilterValue },
  ): FilterNode => ({ op: 'range', field, ...bounds }),
  exists: (field: string): FilterNode => ({ op: 'exists', field }),
  prefix: (field: string, value: string): FilterNode => ({ op: 'prefix', field, value }),
};

export type SortOrder = 'asc' | 'desc';

export interface SortClause {
  field: string;
  order: SortOrder;
}

/**
 * How a terms aggregation orders its buckets, as Elasticsearch's `order`: one key, `_count` (the
 * default, descending), `_key`, or the name of a metric sub-aggregation of the same request
 * (`{ total: 'desc' }` with `aggs: { total: { sum: ... } }`). Ties are broken by the key, ascending.
 */
export type TermsOrder = Record<string, SortOrder>;

/**
 * Sub-aggregations of a bucket aggregation, computed per bucket, as Elasticsearch's `aggs`:
 * a date histogram per host, the sum of a field per status. At most
 * MAX_AGGREGATION_DEPTH bucket levels deep; each bucket of the result carries the sub-results
 * under their names, beside `key` and `doc_count`.
 */
export interface SubAggregations {
  aggs?: Record<string, AggregationRequest>;
}

/** Bucket levels an aggregation may nest: Lens' table of three bucket columns needs three. */
export const MAX_AGGREGATION_DEPTH = 3;

/**
 * Fixed intervals a date histogram accepts beside calendar ones: a positive integer and a unit
 * of `ms`, `s`, `m`, `h` or `d` (`30s`, `3h`, `12h`), as Elasticsearch's `fixed_interval`.
 * Buckets are aligned on multiples of the interval since the epoch, shifted by the time
 * zone's offset, as Elasticsearch aligns them.
 */
export type FixedInterval = `${number}${'ms' | 's' | 'm' | 'h' | 'd'}`;

export type DateHistogramRequest = {
  field: string;
  /** IANA zone, default UTC. */
  time_zone?: string;
  /**
   * Buckets from `min` to `max` (epoch ms) even when empty, as Elasticsearch's extended_bounds
   * with min_doc_count 0; without it, from the first to the last non-empty bucket.
   */
  extended_bounds?: { min: number; max: number };
} & (
  | { calendar_interval: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'; fixed_interval?: never }
  | { fixed_interval: FixedInterval; calendar_interval?: never }
);

export type AggregationRequest =
  | ({ terms: { field: string; size?: number; missing?: FilterValue; order?: TermsOrder } } & SubAggregations)
  | { cardinality: { field: string } }
  /** Numeric fields; 0 when no matched document has a value (as Elasticsearch), where avg, min and max are null. */
  | { sum: { field: string } }
  | { avg: { field: string } }
  | { min: { field: string } }
  | { max: { field: string } }
  | ({ date_histogram: DateHistogramRequest } & SubAggregations);

/** What a bucket may carry besides its key and count: its sub-aggregations' results, by name. */
export type BucketEntry = AggregationResult | string | number | boolean;

export interface TermsBucket {
  key: string | number | boolean;
  doc_count: number;
  [subAggregation: string]: BucketEntry;
}

export interface DateHistogramBucket {
  /** Epoch milliseconds of the bucket start. */
  key: number;
  key_as_string: string;
  doc_count: number;
  [subAggregation: string]: BucketEntry;
}

/** Result shapes mirror Elasticsearch's, so Kibana-style code reads them unchanged. */
export type AggregationResult =
  | { buckets: TermsBucket[] }
  | { value: number | null }
  | { buckets: DateHistogramBucket[] };

/** The result of sub-aggregation `name` inside a bucket, or undefined when the bucket has none. */
export function subAggregation(bucket: TermsBucket | DateHistogramBucket, name: string): AggregationResult | undefined {
  if (name === 'key' || name === 'doc_count' || name === 'key_as_string') return undefined;
  const entry = bucket[name];
  return entry !== null && typeof entry === 'object' ? entry : undefined;
}

/** The buckets of the terms aggregation `name` of a find, or none when it has no buckets. */
export function termsBuckets(aggregations: Record<string, AggregationResult> | undefined, name: string): TermsBucket[] {
  const result = aggregations?.[name];
  return result && 'buckets' in result ? (result.buckets as TermsBucket[]) : [];
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

/** Every repository call names its space; `default` is the default space. Agnostic types ignore it. */
export interface NamespaceOption {
  namespace?: string;
}

/**
 * How long a write may take to be visible to a following search.
 * `wait_for` (default): the write is searchable when the call returns. `false`: eventually.
 */
export type RefreshOption = 'wait_for' | false;

export interface CreateOptions extends NamespaceOption {
  id?: string;
  overwrite?: boolean;
  originId?: string;
  references?: SavedObjectReference[];
  refresh?: RefreshOption;
  /** Recorded as created_by / updated_by. */
  user?: string;
}

export interface BulkCreateObject<T = unknown> {
  type: string;
  id?: string;
  originId?: string;
  attributes: T;
  references?: SavedObjectReference[];
}

export interface BulkCreateOptions extends NamespaceOption {
  overwrite?: boolean;
  refresh?: RefreshOption;
  user?: string;
}

export interface BulkGetObject {
  type: string;
  id: string;
}

export interface UpdateOptions extends NamespaceOption {
  /** When given and not the current version: 409, nothing written. */
  version?: string;
  /** When given, replaces the references. */
  references?: SavedObjectReference[];
  refresh?: RefreshOption;
  user?: string;
}

export interface BulkUpdateObject<T = unknown> {
  type: string;
  id: string;
  attributes: Partial<T>;
  version?: string;
  references?: SavedObjectReference[];
}

export interface DeleteOptions extends NamespaceOption {
  refresh?: RefreshOption;
}

export interface BulkDeleteResult {
  id: string;
  type: string;
  success: boolean;
  error?: SavedObjectError;
}

export interface HasReference {
  type: string;
  id: string;
}

export interface FindOptions extends NamespaceOption {
  type: string | string[];
  filter?: FilterNode;
  /** Full text over `searchFields` (text fields of the mappings; all text fields when omitted). */
  search?: string;
  searchFields?: string[];
  /** How the words of `search` combine. Default OR, as in Kibana. A trailing `*` makes a prefix. */
  defaultSearchOperator?: 'AND' | 'OR';
  /** One field or several; the id breaks ties so pages never overlap. */
  sortField?: string;
  sortOrder?: SortOrder;
  sort?: SortClause[];
  /** 1-based. page × perPage may not exceed MAX_RESULT_WINDOW (10,000): use the finder past that. */
  page?: number;
  /** 0 returns only `total` and aggregations. */
  perPage?: number;
  hasReference?: HasReference | HasReference[];
  hasReferenceOperator?: 'AND' | 'OR';
  aggs?: Record<string, AggregationRequest>;
  /** Attribute names to return; others are omitted from `attributes`. */
  fields?: string[];
  /** Ranks by overlap (see RankBy). Not with `search` or `aggs`, nor in a finder. */
  rankBy?: RankBy;
}

/**
 * "Most shared first": only objects holding at least one of `values` in the keyword field
 * `field` match (besides the filter), ordered by how many of the values they hold, most first,
 * then by the find's sort; `score` is that number. Totals are exact. At most
 * MAX_RANK_BY_VALUES distinct values.
 */
export interface RankBy {
  field: string;
  values: string[];
}

export const MAX_RANK_BY_VALUES = 10_000;

export interface FindResult<T = unknown> {
  saved_objects: Array<SavedObject<T> & { score?: number }>;
  total: number;
  page: number;
  per_page: number;
  aggregations?: Record<string, AggregationResult>;
}

export type FinderOptions = Omit<FindOptions, 'page' | 'aggs' | 'rankBy'>;

/** Streams any number of results, page by page, on a consistent snapshot where the backend has one. */
export interface PointInTimeFinder<T = unknown> {
  find(): AsyncGenerator<FindResult<T>>;
  close(): Promise<void>;
}

export const MAX_RESULT_WINDOW = 10_000;

// ---------------------------------------------------------------------------------------------
// Units of work: several writes that all happen or none do
// ---------------------------------------------------------------------------------------------

/**
 * One write of a unit of work. Operations run in the order given; a later one may take a
 * value an earlier `incrementCounter` produced (`counters`: attribute name → counter `name`),
 * so a case and its human-readable number are written together.
 * The list is plain data on purpose: the Elasticsearch backend journals it before applying it,
 * so that a crash mid-way can be rolled forward at the next start.
 */
export type UnitOfWorkOperation =
  | { kind: 'incrementCounter'; type: string; id: string; field: string; initial?: number; name: string }
  | {
      kind: 'create';
      type: string;
      id?: string;
      attributes: Record<string, unknown>;
      references?: SavedObjectReference[];
      overwrite?: boolean;
      /** Top-level attributes set from the named counters of this unit, before writing. */
      counters?: Record<string, string>;
      /** Kibana's `originId`: the object an imported copy was made from. */
      originId?: string;
    }
  | {
      kind: 'update';
      type: string;
      id: string;
      attributes: Record<string, unknown>;
      /** When given and not the current version: the whole unit fails with 409, nothing written. */
      version?: string;
      references?: SavedObjectReference[];
    }
  | { kind: 'delete'; type: string; id: string };

/** Results in the order of the operations. */
export type UnitOfWorkResult =
  | { kind: 'incrementCounter'; name: string; value: number }
  | { kind: 'create' | 'update'; object: SavedObject }
  | { kind: 'delete'; type: string; id: string };

export interface UnitOfWorkOptions extends NamespaceOption {
  refresh?: RefreshOption;
  /** Recorded as created_by / updated_by. */
  user?: string;
}

// ---------------------------------------------------------------------------------------------
// The repository
// ---------------------------------------------------------------------------------------------

export interface SavedObjectsRepository {
  /** 409 when the id exists and `overwrite` is not set. */
  create<T>(type: string, attributes: T, options?: CreateOptions): Promise<SavedObject<T>>;
  /** Per-item errors; one bad item does not fail the others. */
  bulkCreate<T>(objects: Array<BulkCreateObject<T>>, options?: BulkCreateOptions): Promise<{
    saved_objects: Array<SavedObjectBulkItem<T>>;
  }>;
  /** 404 when missing or in another space. */
  get<T>(type: string, id: string, options?: NamespaceOption): Promise<SavedObject<T>>;
  bulkGet<T>(objects: BulkGetObject[], options?: NamespaceOption): Promise<{
    saved_objects: Array<SavedObjectBulkItem<T>>;
  }>;
  /**
   * Partial update: top-level attribute keys given replace the stored ones (objects are not
   * deep-merged, so a patch of `settings` replaces `settings`). 404 when missing, 409 on a
   * version mismatch. Returns the whole updated object.
   */
  update<T>(type: string, id: string, attributes: Partial<T>, options?: UpdateOptions): Promise<SavedObject<T>>;
  bulkUpdate<T>(objects: Array<BulkUpdateObject<T>>, options?: Omit<UpdateOptions, 'version' | 'references'>): Promise<{
    saved_objects: Array<SavedObjectBulkItem<T>>;
  }>;
  /** 404 when missing. */
  delete(type: string, id: string, options?: DeleteOptions): Promise<void>;
  bulkDelete(objects: BulkGetObject[], options?: DeleteOptions): Promise<{ statuses: BulkDeleteResult[] }>;
  find<T>(options: FindOptions): Promise<FindResult<T>>;
  createPointInTimeFinder<T>(options: FinderOptions): PointInTimeFinder<T>;
  /**
   * Atomically increments a counter kept in `attributes[field]` of the object, creating it at
   * `initial` (then incremented) when absent, and returns the new value. Serves gap-free
   * sequences such as a case's human-readable number.
   */
  incrementCounter(type: string, id: string, field: string, options?: NamespaceOption & { initial?: number }): Promise<number>;
  /**
   * Applies every operation or none: a failing operation (404, 409, a bad id) rejects the
   * whole unit with that error and leaves no trace of the others. Acknowledged only once
   * durable, like every write.
   */
  unitOfWork(operations: UnitOfWorkOperation[], options?: UnitOfWorkOptions): Promise<UnitOfWorkResult[]>;
  /** Deletes every object of a space (used when the space is deleted). Returns how many. */
  deleteByNamespace(namespace: string): Promise<number>;
}

/** A storage backend: a repository plus its lifecycle. */
export interface SavedObjectsBackend {
  readonly name: 'sqlite' | 'elasticsearch';
  /** Creates tables or indices for every registered type; idempotent. */
  start(): Promise<void>;
  readonly repository: SavedObjectsRepository;
  /** Reachability, for `/api/status`. */
  health(): Promise<{ level: 'available' | 'degraded' | 'unavailable'; summary: string }>;
  close(): Promise<void>;
}

/** What a request handler gets: the repository with the space (and user) already bound. */
export type SavedObjectsClientContract = {
  [K in keyof Omit<SavedObjectsRepository, 'deleteByNamespace'>]: SavedObjectsRepository[K];
};

export const DEFAULT_NAMESPACE = 'default';
