/**
 * Connectors in saved-object export and import, as Kibana's: a connector leaves without its
 * secrets, saying whether it needs them (`isMissingSecrets`), and arrives with none, to be
 * completed on the connectors page before it runs. Import checks what Kibana's import does not
 * (the type is registered, the config is valid, the id is not a preconfigured connector's) and
 * refuses that one object rather than storing a connector that could never work.
 *
 * The type is registered during setup, before preconfigured connectors are loaded and before
 * authorization exists: the hooks reach those through `started()`, which answers once the
 * actions service started (hooks only run while the server serves requests).
 */
import { isHttpError } from '../errors';
import type { KibanaRequest } from '../http/types';
import { ImportDocumentError } from '../saved_objects/import_export/errors';
import type { ExchangeDocument, ImportWarning, SavedObjectExchange, SavedObjectsExchangeAuthorization } from '../saved_objects/import_export/types';
import type { SavedObject, SavedObjectsTypeManagement } from '../saved_objects/types';
import type { AuthenticatedUser, AuthorizationService } from '../security/types';
import { actionsPrivilege, unauthorizedMessage } from './authorization';
import type { ActionAttributes } from './connector_saved_object';
import { CONNECTOR_EXCHANGE_MIGRATIONS, isObject } from './connector_migrations';
import type { ConnectorTypeRegistry } from './connector_type_registry';
import type { PreconfiguredConnectors } from './preconfigured';
import type { EgressRules } from './types';
import { connectorNeedsSecrets, validateConnectorConfig } from './validation';

/** What the hooks need once the actions service started. */
export interface ConnectorExchangeStart {
  preconfigured: PreconfiguredConnectors;
  authz: AuthorizationService;
  getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
}

export interface ConnectorExchangeDeps {
  /** Known at setup; frozen (complete) by the time a hook runs. */
  registry: ConnectorTypeRegistry;
  egress: EgressRules;
  /** Throws a 503 before the actions service started. */
  started(): ConnectorExchangeStart;
}

/**
 * Kibana's model version 1 of `action` (`10.1.0`): {actionTypeId, name, isMissingSecrets, config,
 * secrets}. Later model versions only add attributes we do not have; stamping 1 lets a newer
 * Kibana run its own backfills on our export (authMode `shared`, no inbound identity).
 */
export const CONNECTOR_EXPORT_VERSION = '10.1.0';

/** Where Kibana's import warning sends the user, and our connectors page. */
export const CONNECTORS_APP_PATH = '/app/management/insightsAndAlerting/triggersActionsConnectors';


/** Kibana's API string: clients match it. */
export function missingSecretsWarning(count: number): ImportWarning {
  const message = count === 1 ? `${count} connector has sensitive information that require updates.` : `${count} connectors have sensitive information that require updates.`;
  return { type: 'action_required', message, actionPath: CONNECTORS_APP_PATH, buttonLabel: 'Go to connectors' };
}

export function createConnectorExchange(deps: ConnectorExchangeDeps): SavedObjectExchange {
  const context = { egress: deps.egress };

  /** Whether the exported connector must have its secrets entered again where it arrives. */
  function exportedMissingSecrets(attributes: ActionAttributes): boolean {
    // A type no longer registered cannot say: its secrets, if any, do not travel.
    if (!deps.registry.has(attributes.actionTypeId)) return true;
    // One still waiting for its secrets here waits for them there too.
    if (attributes.isMissingSecrets) return true;
    return connectorNeedsSecrets(deps.registry.get(attributes.actionTypeId), attributes.config ?? {}, context);
  }

  function readDocument(document: ExchangeDocument) {
    const { actionTypeId, name, config = {}, isMissingSecrets, authMode } = document.attributes;
    if (typeof actionTypeId !== 'string' || actionTypeId === '') throw new ImportDocumentError('A connector needs an actionTypeId');
    if (typeof name !== 'string' || name.trim() === '') throw new ImportDocumentError('A connector needs a name');
    if (!isObject(config)) throw new ImportDocumentError('The config of a connector must be an object');
    // Kibana's model version 2: per-user connectors hold each user's own credentials, which this server has no notion of.
    if (authMode !== undefined && authMode !== 'shared') throw new ImportDocumentError(`Connectors with authMode [${String(authMode)}] are not supported; only shared connectors can be imported`);
    return { actionTypeId, name, config, documentSaysMissing: isMissingSecrets === true };
  }

  return {
    migrations: CONNECTOR_EXCHANGE_MIGRATIONS,
    exportVersion: CONNECTOR_EXPORT_VERSION,

    toExport(object) {
      const attributes = object.attributes as ActionAttributes;
      return {
        attributes: {
          actionTypeId: attributes.actionTypeId,
          name: attributes.name,
          isMissingSecrets: exportedMissingSecrets(attributes),
          config: attributes.config ?? {},
          // Never the secrets, not even their ciphertext: it is bound to this connector, space and key.
          secrets: {},
        },
        references: [],
      };
    },

    toImport(document) {
      const { actionTypeId, name, config, documentSaysMissing } = readDocument(document);
      if (!deps.registry.has(actionTypeId)) throw new ImportDocumentError(`Action type "${actionTypeId}" is not registered.`);
      const type = deps.registry.get(actionTypeId);
      if (type.isSystemActionType) throw new ImportDocumentError(`System action creation is forbidden. Action type: ${type.id}.`);
      // Kibana drops such a connector with a warning; refusing the object says the same where the user looks.
      if (deps.started().preconfigured.has(document.id)) {
        throw new ImportDocumentError(`Connector with ID [${document.id}] conflicts with a preconfigured connector, which is used instead: this connector was not imported.`);
      }
      let validConfig: Record<string, unknown>;
      try {
        validConfig = validateConnectorConfig(type, config, context);
      } catch (error) {
        if (isHttpError(error)) throw new ImportDocumentError(error.message);
        throw error;
      }
      const attributes: ActionAttributes = {
        actionTypeId,
        name,
        isMissingSecrets: documentSaysMissing || connectorNeedsSecrets(type, validConfig, context),
        config: validConfig,
        // Our stored form of "no secrets" (encryption.ts): the executor never decrypts it.
        secrets: '',
      };
      return { attributes: { ...attributes }, references: [] };
    },
  };
}

/**
 * Export needs the connectors `get` privilege in the space, import the `create` privilege, as
 * the actions API does; refused objects carry Kibana's refusal text.
 */
export function createConnectorExchangeAuthorization(deps: Pick<ConnectorExchangeDeps, 'started'>): SavedObjectsExchangeAuthorization {
  return async (context, operation, objects) => {
    const { authz, getCurrentUser } = deps.started();
    const privilege = operation === 'export' ? 'get' : 'create';
    const user = getCurrentUser(context.request);
    const privileges = user ? await authz.getSpacePrivileges(user, context.namespace) : undefined;
    if (privileges?.actions.has(actionsPrivilege(privilege))) return new Map();
    const refusal = (object: (typeof objects)[number]) => {
      if (operation === 'export') return unauthorizedMessage('get');
      const actionTypeId = (object.attributes as { actionTypeId?: unknown } | null)?.actionTypeId;
      return unauthorizedMessage('create', typeof actionTypeId === 'string' ? actionTypeId : undefined);
    };
    return new Map(objects.map((object) => [object.id, refusal(object)]));
  };
}

/** The `action` type's part in the Saved Objects page, export and import. */
export function connectorManagement(deps: ConnectorExchangeDeps): SavedObjectsTypeManagement {
  const nameOf = (object: Pick<SavedObject, 'attributes'>) => String((object.attributes as { name?: unknown } | null)?.name ?? '');
  return {
    importableAndExportable: true,
    displayName: 'connector',
    defaultSearchField: 'name',
    // EUI's connector icon, as the connectors page shows for types without their own.
    icon: 'plugs',
    getTitle: (object) => `Connector: [${nameOf(object)}]`,
    getInAppUrl: () => ({ path: `${CONNECTORS_APP_PATH}/connectors`, uiCapabilitiesPath: 'actions.show' }),
    onImport(objects) {
      const missing = objects.filter((object) => (object.attributes as Partial<ActionAttributes> | null)?.isMissingSecrets === true).length;
      return { warnings: missing > 0 ? [missingSecretsWarning(missing)] : [] };
    },
    exchange: createConnectorExchange(deps),
    authorize: createConnectorExchangeAuthorization(deps),
  };
}
