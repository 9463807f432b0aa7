/**
 * The platform's one entry point for plugin code, as `@kbn/core/server` is Kibana's: the
 * contracts a plugin receives and the types and helpers they speak. A plugin importing a file
 * behind this one fails lint (see eslint.config.mjs); tests use `./mocks` as well.
 */
export type {
  CoreSetup,
  CoreStart,
  Plugin,
  PluginConfigDescriptor,
  PluginDefinition,
  PluginInitializerContext,
  PluginManifest,
  UserSummary,
} from './types';
export * from './errors';
export * from './http/types';
export type { Logger } from './logging/types';
export * from './saved_objects/types';
export type * from './data/types';
export { BlobExistsError, BlobTooLargeError, type BlobStorage, type BlobUploadOptions, type StoredBlob } from './blobs/types';
/** Ids for objects a unit of work creates and others of the same unit reference. */
export { newObjectId } from './saved_objects/object_id';
export { collectAll } from './saved_objects/collect_all';
export type * from './actions/types';
export { ConnectorError, ConnectorHttpError, ConnectorValidationError, EgressRefusedError } from './actions/errors';
export { subActionConnector, type SubActionDefinition, type SubActionParams, type SubActionTable } from './actions/sub_actions';
/** The saved-object type of stored connectors: cases reference it as `connectorId` / `pushConnectorId`. */
export { ACTION_SAVED_OBJECT_TYPE } from './actions/connector_saved_object';
export * from './security/types';
export * from './security/privileges/types';
export { privilegeAction } from './security/privileges/actions';
export { authorizationAuditEvent, deniedMessage } from './security/authorization_service';
export { isConflict, isNotFound } from './security/repository_errors';
export { createAuditLogger, type AuditEvent, type AuditLogger, type AuditOutcome } from './security/audit_logger';

// What a host (server/main.ts) needs to assemble the platform around its plugins.
export { ConfigError, helpText, loadSettings, type ConfigSources, type LoadedSettings } from './config/load_config';
export type { PluginConfigSlices } from './config/plugin_slices';
export { toPlatformConfig, type PlatformConfig } from './config/platform_config';
export { ManifestError, readPluginManifest } from './plugins/manifest';
export { startRoot, type RootOptions, type RunningRoot } from './root';
export type { RegisteredRoute } from './http/route_table';
// Export and import: what types register (management.exchange, onExport, onImport, authorize) and what their hooks throw.
export type * from './saved_objects/import_export/types';
export { ImportDocumentError, isImportDocumentError } from './saved_objects/import_export/errors';
