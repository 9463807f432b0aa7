/**
 * Kibana's ActionsClient for one space and caller: connectors stored as `action` saved objects
 * (secrets encrypted) and those preconfigured in the configuration (read-only), checked by
 * their type's schemas, authorized by the `actions` feature (unless the caller is a plugin that
 * authorized the work itself), and executed through executor.ts. Refusals use Kibana's texts.
 */
import { randomUUID } from 'node:crypto';
import { badRequest } from '../errors';
import type { KibanaRequest } from '../http/types';
import { collectAll } from '../saved_objects/collect_all';
import type { SavedObject, SavedObjectsRepository } from '../saved_objects/types';
import type { AuthenticatedUser } from '../security/types';
import type { ActionsAuthorization } from './authorization';
import { ACTION_SAVED_OBJECT_TYPE, type ActionAttributes } from './connector_saved_object';
import type { ConnectorTypeRegistry } from './connector_type_registry';
import { MISSING_KEY_MESSAGE, type SecretsCipher } from './encryption';
import { executeConnector, type ExecutableConnector, type ExecutorDeps } from './executor';
import type { PreconfiguredConnectors } from './preconfigured';
import type { ActionsClient, Connector, ConnectorWithReferences, CreateConnectorInput, EgressRules, UpdateConnectorInput } from './types';
import { validateConnector } from './validation';

export interface ActionsClientDeps {
  registry: ConnectorTypeRegistry;
  repository: SavedObjectsRepository;
  cipher: SecretsCipher;
  preconfigured: PreconfiguredConnectors;
  egress: EgressRules;
  executor: ExecutorDeps;
  authorization: ActionsAuthorization;
  /** Saved-object types whose references to a connector count (`referenced_by_count`). */
  referencingTypes(): string[];
  spaceId: string;
  request?: KibanaRequest;
  user?: AuthenticatedUser;
}

/** Kibana's refusal, then what to do about it. */
export const missingSecretsMessage = (name: string): string =>
  `Unable to execute action because no secrets are defined for the "${name}" connector. Enter its secrets again on the connectors page and save it.`;

/** Secrets worth encrypting: a type's optional secrets decode to null when not given. */
const hasSecrets = (secrets: Record<string, unknown>): boolean => Object.values(secrets).some((v) => v !== null && v !== undefined && v !== '');

export function createActionsClient(deps: ActionsClientDeps): ActionsClient {
  const { registry, repository, cipher, preconfigured, authorization: authz, spaceId } = deps;
  const ns = { namespace: spaceId };
  const owner = (id: string) => ({ type: ACTION_SAVED_OBJECT_TYPE, id, spaceId });

  const toConnector = (so: SavedObject<ActionAttributes>): Connector => {
    const type = registry.has(so.attributes.actionTypeId) ? registry.get(so.attributes.actionTypeId) : undefined;
    return {
      id: so.id,
      name: so.attributes.name,
      actionTypeId: so.attributes.actionTypeId,
      config: so.attributes.config ?? {},
      isPreconfigured: false,
      isDeprecated: type?.isDeprecated?.(so.attributes.config ?? {}) ?? false,
      isSystemAction: false,
      isMissingSecrets: so.attributes.isMissingSecrets ?? false,
    };
  };

  /** Validates the type's parts and encrypts the secrets bound to this connector's id and space. */
  function prepare(id: string, actionTypeId: string, input: { config: Record<string, unknown>; secrets: Record<string, unknown> }) {
    const type = registry.get(actionTypeId);
    registry.ensureEnabled(actionTypeId);
    const valid = validateConnector(type, input, { egress: deps.egress });
    if (hasSecrets(valid.secrets) && !cipher.canEncrypt) throw badRequest(MISSING_KEY_MESSAGE);
    return { config: valid.config, secrets: hasSecrets(valid.secrets) ? cipher.encrypt(valid.secrets, owner(id)) : '' };
  }

  /** Runs a write's audit: `unknown` before, a failure event when it throws. */
  async function audited<T>(action: Parameters<ActionsAuthorization['audit']>[0]['action'], id: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      authz.audit({ action, id, error: e as Error });
      throw e;
    }
  }

  async function load(id: string): Promise<{ connector: Connector; executable: ExecutableConnector }> {
    const known = preconfigured.get(id);
    if (known) {
      const { connector, config, secrets } = known;
      return { connector, executable: { id, name: connector.name, actionTypeId: connector.actionTypeId, config, secrets: () => secrets } };
    }
    const so = await repository.get<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, id, ns);
    const { name, actionTypeId, config, secrets } = so.attributes;
    return {
      connector: toConnector(so),
      executable: { id, name, actionTypeId, config: config ?? {}, secrets: () => (secrets ? cipher.decrypt(secrets, owner(id)) : {}) },
    };
  }

  async function referencedByCount(id: string): Promise<number> {
    const types = deps.referencingTypes();
    if (types.length === 0) return 0;
    const found = await repository.find({ type: types, hasReference: { type: ACTION_SAVED_OBJECT_TYPE, id }, perPage: 0, namespace: spaceId });
    return found.total;
  }

  return {
    listTypes: (featureId) => registry.list(featureId),

    create: (input: CreateConnectorInput) =>
      audited('connector_create', input.id, async () => {
        await authz.ensureAuthorized('create', input.actionTypeId);
        const type = registry.get(input.actionTypeId);
        if (type.isSystemActionType) throw badRequest(`System action creation is forbidden. Action type: ${type.id}.`);
        if (input.id !== undefined && preconfigured.has(input.id)) throw badRequest(`This ${input.id} already exists in a preconfigured action.`);
        const id = input.id ?? randomUUID();
        const { config, secrets } = prepare(id, type.id, input);
        authz.audit({ action: 'connector_create', id, outcome: 'unknown' });
        const attributes: ActionAttributes = { actionTypeId: type.id, name: input.name, isMissingSecrets: false, config, secrets };
        const so = await repository.create<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, attributes, { ...ns, id, user: deps.user?.profile_uid });
        return toConnector(so);
      }),

    get: (id) =>
      audited('connector_get', id, async () => {
        await authz.ensureAuthorized('get');
        const { connector } = await load(id);
        authz.audit({ action: 'connector_get', id });
        return connector;
      }),

    getAll: () =>
      audited('connector_find', undefined, async () => {
        await authz.ensureAuthorized('getAll');
        const stored = await collectAll<ActionAttributes>(repository, { type: ACTION_SAVED_OBJECT_TYPE, namespace: spaceId });
        const withCounts: ConnectorWithReferences[] = await Promise.all(stored.map(async (so) => ({ ...toConnector(so), referencedByCount: await referencedByCount(so.id) })));
        // Kibana does not count references to preconfigured connectors.
        const inMemory = [...preconfigured.values()].map(({ connector }) => ({ ...connector, referencedByCount: 0 }));
        for (const connector of withCounts) authz.audit({ action: 'connector_find', id: connector.id });
        return [...withCounts, ...inMemory].sort((a, b) => a.name.localeCompare(b.name));
      }),

    async getBulk(ids) {
      await authz.ensureAuthorized('get');
      const unique = [...new Set(ids)];
      const storedIds = unique.filter((id) => !preconfigured.has(id));
      const found = storedIds.length === 0 ? [] : (await repository.bulkGet<ActionAttributes>(storedIds.map((id) => ({ type: ACTION_SAVED_OBJECT_TYPE, id })), ns)).saved_objects;
      const byId = new Map<string, Connector>();
      for (const item of found) if (!('error' in item && item.error)) byId.set(item.id, toConnector(item as SavedObject<ActionAttributes>));
      for (const id of unique) {
        const known = preconfigured.get(id);
        if (known) byId.set(id, known.connector);
      }
      return unique.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    },

    update: (id, input: UpdateConnectorInput) =>
      audited('connector_update', id, async () => {
        if (preconfigured.has(id)) {
          await authz.ensureAuthorized('update', preconfigured.get(id)!.connector.actionTypeId);
          throw badRequest(`Preconfigured action ${id} can not be updated.`);
        }
        const existing = await repository.get<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, id, ns);
        await authz.ensureAuthorized('update', existing.attributes.actionTypeId);
        const { config, secrets } = prepare(id, existing.attributes.actionTypeId, input);
        authz.audit({ action: 'connector_update', id, outcome: 'unknown' });
        const attributes: ActionAttributes = { actionTypeId: existing.attributes.actionTypeId, name: input.name, isMissingSecrets: false, config, secrets };
        const so = await repository.update<ActionAttributes>(ACTION_SAVED_OBJECT_TYPE, id, attributes, { ...ns, user: deps.user?.profile_uid });
        return toConnector(so);
      }),

    delete: (id) =>
      audited('connector_delete', id, async () => {
        await authz.ensureAuthorized('delete');
        if (preconfigured.has(id)) throw badRequest(`Preconfigured action ${id} is not allowed to delete.`);
        authz.audit({ action: 'connector_delete', id, outcome: 'unknown' });
        await repository.delete(ACTION_SAVED_OBJECT_TYPE, id, ns);
      }),

    execute: (id, params, options = {}) =>
      audited('connector_execute', id, async () => {
        const { connector, executable } = await load(id);
        await authz.ensureAuthorized('execute', connector.actionTypeId);
        deps.registry.ensureEnabled(connector.actionTypeId);
        // An imported connector arrives without its secrets: running it would fail at the other end.
        if (connector.isMissingSecrets) throw badRequest(missingSecretsMessage(connector.name));
        authz.audit({ action: 'connector_execute', id, outcome: 'unknown' });
        return executeConnector(deps.executor, executable, params, {
          spaceId,
          request: deps.request,
          user: deps.user,
          signal: options.signal ?? deps.request?.abortSignal,
          source: options.source,
        });
      }),
  };
}
