/**
 * Saved-object export and import as a platform service: at setup it registers the routes
 * (`_export`, `_import`, `_resolve_import_errors`, the Saved Objects page's two reads, the
 * spaces' copy) and the `savedObjectsManagement` feature; at start, once storage and security
 * have started, it builds the exporter and importer the routes call. Until then every route
 * answers 503, as the spaces routes do.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serviceUnavailable } from '../../errors';
import type { IRouter } from '../../http/types';
import type { Logger } from '../../logging/types';
import type { KibanaFeature } from '../../security/privileges/types';
import type { AuthorizationService } from '../../security/types';
import { registerCopyRoutes } from '../../spaces/routes/copy_routes';
import type { SavedObjectsRepository, SavedObjectTypeRegistry } from '../types';
import type { ExchangeDeps } from './exchange_deps';
import { createExporter } from './export/create_exporter';
import { createImporter } from './import/create_importer';
import { savedObjectsManagementFeature } from './management_feature';
import { registerExportRoute } from './routes/export_route';
import { registerImportRoutes } from './routes/import_routes';
import { registerManagementRoutes, type ManagementServices } from './routes/management_routes';
import type { SavedObjectsExporter, SavedObjectsImporter } from './types';

export interface ExchangeServiceOptions {
  logger: Logger;
  limits: ExchangeDeps['limits'];
  /** Where imports spool their uploads: `<path.data>/tmp/imports`. */
  tmpDir: string;
}

export interface ExchangeSetupDeps {
  router: IRouter;
  registerFeature(feature: KibanaFeature): void;
}

export interface ExchangeStartDeps {
  registry: SavedObjectTypeRegistry;
  /** Unscoped: export and import name the space of each call. */
  repository: SavedObjectsRepository;
  /** The Saved Objects page's routes check the caller's `savedObjectsManagement` privilege. */
  authz: Pick<AuthorizationService, 'getSpacePrivileges'>;
  /** Copy to space refuses a destination that names no space. */
  spaceExists(spaceId: string): Promise<boolean>;
}

export interface ExchangeStart {
  exporter: SavedObjectsExporter;
  importer: SavedObjectsImporter;
}

const NOT_STARTED = 'Saved objects export and import have not started';

export function createExchangeService({ logger, limits, tmpDir }: ExchangeServiceOptions) {
  let started: (ExchangeStart & ExchangeStartDeps) | undefined;
  const current = () => {
    if (!started) throw serviceUnavailable(NOT_STARTED);
    return started;
  };

  // The routes are registered before storage exists: each holds a delegate that finds the real
  // service at call time.
  const exporter: SavedObjectsExporter = { export: (options) => current().exporter.export(options) };
  const importer: SavedObjectsImporter = {
    import: (file, options) => current().importer.import(file, options),
    resolveImportErrors: (file, retries, options) => current().importer.resolveImportErrors(file, retries, options),
  };

  return {
    setup({ router, registerFeature }: ExchangeSetupDeps): void {
      registerFeature(savedObjectsManagementFeature);
      registerExportRoute(router, exporter);
      registerImportRoutes(router, importer, limits);
      registerManagementRoutes(router, {
        services: (): ManagementServices => {
          const { registry, repository, authz } = current();
          return { registry, repository, authz };
        },
      });
      registerCopyRoutes(router, { exporter, importer, spaceExists: (spaceId) => current().spaceExists(spaceId) });
    },

    async start(deps: ExchangeStartDeps): Promise<ExchangeStart> {
      await sweepSpools(tmpDir, logger);
      const exchange: ExchangeDeps = {
        registry: deps.registry,
        repository: deps.repository,
        limits,
        logger: logger.child({ 'log.logger': 'savedobjects-exchange' }),
        tmpDir,
      };
      const services = { exporter: createExporter(exchange), importer: createImporter(exchange) };
      started = { ...deps, ...services };
      return services;
    },
  };
}

/** A spool this old belongs to no running import: the process that wrote it was killed. */
const ABANDONED_SPOOL_AGE_MS = 60 * 60 * 1000;

/** Removes uploads left by imports a crash interrupted (the importer removes its own otherwise). */
async function sweepSpools(dir: string, logger: Logger): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile() || Date.now() - info.mtimeMs < ABANDONED_SPOOL_AGE_MS) continue;
    await rm(path, { force: true });
    removed++;
  }
  if (removed > 0) logger.info({ 'event.action': 'import-spools-swept' }, `Removed ${removed} upload(s) left by interrupted imports`);
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
