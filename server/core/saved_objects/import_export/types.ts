/**
 * Saved-object export and import, as Kibana's: the documents of an NDJSON export, what types
 * register to take part, and the shapes the HTTP API answers (`_export`, `_import`,
 * `_resolve_import_errors`, the spaces' `_copy_saved_objects`).
 *
 * Our stored shape of a type is not always Kibana's (a case keeps its connector id and its
 * status as a string; Kibana keeps the id in references and the status as a number). A type
 * whose shape differs declares an `exchange`: how its stored objects become Kibana's documents
 * and back. Exports are always Kibana's documents, so an export of ours imports into Kibana and
 * one import path reads both Kibana's exports and ours.
 */
import type { Readable } from 'node:stream';
import type { KibanaRequest } from '../../http/types';
import type { SavedObject, SavedObjectReference, UnitOfWorkOperation } from '../types';
import type { ImportResponse, ImportRetry, ImportWarning } from '../../../../common/core/saved_objects_exchange_api';

export type * from '../../../../common/core/saved_objects_exchange_api';

// ---------------------------------------------------------------------------------------------
// The documents of an export
// ---------------------------------------------------------------------------------------------

/** One line of an export file: a saved object as Kibana's export writes it. */
export interface ExchangeDocument {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  references: SavedObjectReference[];
  /** Kibana 8.8+: the version of the type's shape (`8.10.0`, or `10.N.0` for Kibana's model version N). */
  typeMigrationVersion?: string;
  /** Kibana 8.8+: the core shape's version (`8.8.0`). */
  coreMigrationVersion?: string;
  /** Kibana 7.x to 8.7: `{ [type]: '7.14.0' }`. */
  migrationVersion?: Record<string, string>;
  /** The id of the object this one was copied from (`createNewCopies`), as Kibana's. */
  originId?: string;
  managed?: boolean;
  created_at?: string;
  updated_at?: string;
  created_by?: string;
  updated_by?: string;
  version?: string;
  namespaces?: string[];
}

// ---------------------------------------------------------------------------------------------
// What a type registers (SavedObjectsTypeManagement in ../types.ts points here)
// ---------------------------------------------------------------------------------------------

/** What export and import hooks are told about the call they serve. */
export interface ExchangeRequestContext {
  request: KibanaRequest;
  /** The space exported from, or imported into. */
  namespace: string;
}

/**
 * Kibana's `onExport`: given the objects of this type about to be exported, answer them together
 * with whatever must travel with them (a case brings its comments and user actions). Objects of
 * other types it adds are exported as they are, without their own hooks.
 */
export type SavedObjectsExportHook = (context: ExchangeRequestContext, objects: SavedObject[]) => Promise<SavedObject[]>;

/** Kibana's `onImport`: after objects of this type were written, what the user must hear about. */
export type SavedObjectsImportHook = (objects: SavedObject[]) => { warnings?: ImportWarning[] } | Promise<{ warnings?: ImportWarning[] }>;

/** A migration of Kibana's shape of a type, keyed by the Kibana version that introduced it. */
export type ExchangeMigration = (document: ExchangeDocument) => ExchangeDocument;

export interface ExportConversionContext {
  namespace: string;
}

export interface ImportConversionContext {
  namespace: string;
  /** The object this import overwrites in the destination, when there is one. */
  existing?: SavedObject;
  /** True when the reference's target is in the destination space or arrives with this import. */
  referenceExists(reference: { type: string; id: string }): boolean;
  /** The retry asked to import despite missing references (`ignoreMissingReferences`). */
  ignoreMissingReferences: boolean;
  /** When the import happens, as written on objects it creates (ISO). */
  now: string;
  /** Who imports, for what a type records about them (the user action a connector reset adds). */
  actor?: ImportActor;
}

/** The importing user: the writer of what the import creates (profile uid), and who user actions name. */
export interface ImportActor {
  username: string;
  full_name: string | null;
  email: string | null;
  profile_uid: string;
}

/** What an imported object writes: the object, and writes that happen with it or not at all. */
export interface ImportWrite {
  attributes: Record<string, unknown>;
  references: SavedObjectReference[];
  /**
   * Attributes set from counters of the same unit of work (the case number): the counter is
   * incremented in the unit and its value written into the attribute.
   */
  counters?: Array<{ attribute: string; type: string; id: string; field: string; initial?: number }>;
  /** Further objects written in the same unit (the `connector` user action after a reset). */
  related?: Array<Extract<UnitOfWorkOperation, { kind: 'create' }>>;
}

/**
 * How a type's stored objects become export documents and back, when its stored shape is not
 * Kibana's. A type without it is exported as stored and imported as read.
 */
export interface SavedObjectExchange {
  /**
   * Kibana's migrations of the type's exported shape, keyed by the version that introduced each
   * (`'7.11.0'`, `'8.1.0'`, `'10.2.0'` for Kibana's model version 2). Import runs those newer
   * than the document's stamp, in version order, before `toImport`.
   */
  migrations?: Record<string, ExchangeMigration>;
  /** The `typeMigrationVersion` written on export: the shape `toExport` writes. */
  exportVersion: string;
  /**
   * Reference types whose targets must exist (in the destination or in the import) for the
   * object to be imported; a missing one is a `missing_references` error. Other missing
   * references are the type's business in `toImport`.
   */
  requiredReferenceTypes?: string[];
  /** A stored object as its export document (attributes and references only; the platform adds the rest). */
  toExport(object: SavedObject, context: ExportConversionContext): Pick<ExchangeDocument, 'attributes' | 'references'>;
  /**
   * A document being imported, migrated to `exportVersion`'s shape, with its id and references
   * already rewritten to the destination's → what to store. Throws `ImportDocumentError` when the
   * document is not a valid object of the type: that object is reported and nothing of it written.
   */
  toImport(document: ExchangeDocument, context: ImportConversionContext): ImportWrite;
}

/**
 * Who may export or import objects of a type: the ids refused, each with the 403 message that
 * says why (a case of an owner the caller may not read). Types without it are exported and
 * imported by whoever may call the routes.
 */
export type SavedObjectsExchangeAuthorization = (
  context: ExchangeRequestContext,
  operation: 'export' | 'import',
  objects: Array<Pick<SavedObject, 'id' | 'type' | 'attributes'>>,
) => Promise<ReadonlyMap<string, string>>;

// ---------------------------------------------------------------------------------------------
// The API's options and answers (Kibana's shapes)
// ---------------------------------------------------------------------------------------------

export interface ExportOptions {
  namespace: string;
  request: KibanaRequest;
  types?: string[];
  objects?: Array<{ type: string; id: string }>;
  /** Management page's search within the types (Kibana's `search`). */
  search?: string;
  /** Only objects referencing any of these (Kibana's `hasReference`, OR), for type exports. */
  hasReference?: Array<{ type: string; id: string }>;
  includeReferencesDeep?: boolean;
  excludeExportDetails?: boolean;
}

export interface ImportOptions {
  namespace: string;
  request: KibanaRequest;
  overwrite?: boolean;
  createNewCopies?: boolean;
  compatibilityMode?: boolean;
  actor?: ImportActor;
}

// ---------------------------------------------------------------------------------------------
// The services (the routes, and the spaces' copy, call them in-process)
// ---------------------------------------------------------------------------------------------

export interface SavedObjectsExporter {
  /** NDJSON, produced as it is read; throws an HttpError (400/403) before the first byte for a bad request. */
  export(options: ExportOptions): Promise<Readable>;
}

export interface SavedObjectsImporter {
  /** `file` is the NDJSON upload, read as it arrives. */
  import(file: Readable, options: ImportOptions): Promise<ImportResponse>;
  resolveImportErrors(file: Readable, retries: ImportRetry[], options: Omit<ImportOptions, 'overwrite'>): Promise<ImportResponse>;
}
