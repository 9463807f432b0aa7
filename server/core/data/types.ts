/**
 * The document service: plain documents in indices (alerts, events), beside saved objects.
 * A plugin declares a family of indices during setup, one index per space (Kibana's
 * `.alerts-security.alerts-{spaceId}`), with the mappings of the fields its queries read; at
 * start it gets a client for one index of a space. Queries speak the saved objects' filter AST,
 * sort and aggregations: there is no second query language.
 *
 * On Elasticsearch the indices are real ones, so alerts an Elastic Security deployment wrote
 * are read and updated as they are. In the embedded store each family is a table set whose
 * indexed columns come from the declared mappings, with the space as the partition column.
 */
import type {
  AggregationRequest,
  AggregationResult,
  FilterNode,
  MappingProperty,
  SortClause,
} from '../saved_objects/types';

/** A family of per-space indices, declared once during setup. */
export interface DocumentIndexDefinition {
  /** `[a-z0-9_-]`, unique among families: `alerts`, `events`. */
  name: string;
  /** The index of a space: `{spaceId}` is replaced by the space id (`.alerts-security.alerts-{spaceId}`). */
  pattern: string;
  /** The field whose value is a document's id (`kibana.alert.uuid`); writes are idempotent on it. */
  idField: string;
  /**
   * The fields queries read, as nested `properties` (`kibana: { properties: { alert: ... } }`).
   * Only these can be filtered, sorted, searched (text) or aggregated; every other field is
   * stored and returned but not indexed.
   */
  mappings: { properties: Record<string, MappingProperty> };
  /**
   * A storage hint, as saved-object types' `facets`: scalar keyword fields of few values that
   * queries combine with a filter on an array field (a case's alerts by `kibana.alert.case_ids`,
   * counted by host or user). The embedded store keeps them beside every array value; results
   * are the same without the hint.
   */
  facets?: string[];
  /**
   * A storage hint, as saved-object types' `unindexed`: mapped keyword fields the embedded
   * store does not index on their own, because every index is rewritten by every update of a
   * document. For entity fields read and aggregated but never the only filter of a query.
   * Results are the same without the hint.
   */
  unindexed?: string[];
}

/** A stored document. `_source` is always in nested form, whatever form it was written in. */
export interface DocumentHit<T = Record<string, unknown>> {
  _id: string;
  /** The index of the space the document lives in (its concrete index on Elasticsearch). */
  _index: string;
  _source: T;
}

export interface DocumentSearchOptions {
  filter?: FilterNode;
  /** Full text over the mapped text fields (or `searchFields`), words combined with AND. */
  search?: string;
  searchFields?: string[];
  /** Ties are broken by the id, so pages never overlap. */
  sort?: SortClause[];
  /** 1-based; page × perPage ≤ 10,000 as for saved objects. */
  page?: number;
  /** 0 returns only `total` and aggregations. Default 20. */
  perPage?: number;
  aggs?: Record<string, AggregationRequest>;
}

export interface DocumentSearchResult<T = Record<string, unknown>> {
  hits: Array<DocumentHit<T>>;
  /** Exact. */
  total: number;
  page: number;
  per_page: number;
  aggregations?: Record<string, AggregationResult>;
}

export type BulkCreateItemResult =
  | { id: string; status: 'created' }
  /** The id was already stored: the stored document is left as it was (idempotent ingest). */
  | { id: string; status: 'exists' }
  | { id: string; status: 'error'; error: { statusCode: number; message: string } };

/** A value set by `updateFields`: scalars, arrays of scalars, or null to clear the field. */
export type DocumentFieldValue = string | number | boolean | null | Array<string | number | boolean>;

export interface DocumentUpdateResult {
  /** Documents found and changed. Ids that do not exist are skipped, never created. */
  updated: number;
}

/** One index of one space. Every write is acknowledged only once durable. */
export interface DocumentIndexClient {
  /** The index name of this space. */
  readonly index: string;
  /**
   * Stores documents (nested or with dotted keys, as Kibana writes alerts) under the id read
   * from the family's `idField`. A document whose id exists is left alone and reported
   * `exists`; one without a string id is an `error` item. One bad item fails only itself.
   */
  bulkCreate(documents: Array<Record<string, unknown>>): Promise<BulkCreateItemResult[]>;
  /** In the order asked; undefined where no document has that id. */
  bulkGet(ids: string[]): Promise<Array<DocumentHit | undefined>>;
  search(options: DocumentSearchOptions): Promise<DocumentSearchResult>;
  /**
   * Sets each dotted field path to its value on the documents with these ids, in batches, in
   * place (a document Kibana wrote with dotted keys keeps them).
   */
  updateFields(ids: string[], fields: Record<string, DocumentFieldValue>): Promise<DocumentUpdateResult>;
  /** Adds `value` to the array field at `path` (once) on these documents: a case id to `kibana.alert.case_ids`. */
  addToArray(ids: string[], path: string, value: string): Promise<DocumentUpdateResult>;
  /** Removes `value` from the array at `path` on these documents, or on every document of the index holding it. */
  removeFromArray(ids: string[] | 'all', path: string, value: string): Promise<DocumentUpdateResult>;
  /** Deletes documents by id (sample data removal); returns how many existed. */
  bulkDelete(ids: string[]): Promise<number>;
}

export interface DataServiceSetup {
  /** Declares a family of indices; a second family of the same name, or one after setup, throws. */
  registerIndex(definition: DocumentIndexDefinition): void;
}

export interface DataServiceStart {
  /** The client of family `name` for one space; unknown family → throws. */
  getIndexClient(name: string, spaceId: string): DocumentIndexClient;
  /** The index name a family has in a space, without touching storage. */
  indexName(name: string, spaceId: string): string;
}

/** A backend of the document service: the two clients plus a lifecycle, as for saved objects. */
export interface DocumentsBackend {
  readonly name: 'sqlite' | 'elasticsearch';
  /** Creates what the declared families need; idempotent. */
  start(definitions: DocumentIndexDefinition[]): Promise<void>;
  client(definition: DocumentIndexDefinition, spaceId: string): DocumentIndexClient;
  close(): Promise<void>;
}
