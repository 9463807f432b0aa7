/**
 * The connector types known to the platform: the built-in ones, then those plugins register
 * during setup; frozen when the platform starts, as Kibana's action type registry is.
 * `xpack.actions.enabledActionTypes` decides which may be used.
 */
import { badRequest, forbidden } from '../errors';
import type { ConnectorTypeDefinition, ConnectorTypeInfo } from './types';

export const ANY_TYPE = '*';

export class ConnectorTypeRegistry {
  private readonly types = new Map<string, ConnectorTypeDefinition>();
  private frozen = false;

  constructor(private readonly enabledActionTypes: readonly string[]) {}

  register(type: ConnectorTypeDefinition): void {
    if (this.frozen) throw new Error(`Connector type [${type.id}] registered after setup: register connector types in a plugin's setup`);
    if (this.types.has(type.id)) throw new Error(`Action type "${type.id}" is already registered.`);
    this.types.set(type.id, type);
  }

  freeze(): void {
    this.frozen = true;
  }

  has(id: string): boolean {
    return this.types.has(id);
  }

  /** Kibana's 400 for an id nobody registered. */
  get(id: string): ConnectorTypeDefinition {
    const type = this.types.get(id);
    if (!type) throw badRequest(`Action type "${id}" is not registered.`);
    return type;
  }

  isEnabledInConfig(id: string): boolean {
    return this.enabledActionTypes.includes(ANY_TYPE) || this.enabledActionTypes.includes(id);
  }

  /** Kibana's ActionTypeDisabledError (reason `config`): 403. */
  ensureEnabled(id: string): void {
    if (!this.isEnabledInConfig(id)) throw forbidden(`action type "${id}" is not enabled in the Kibana config xpack.actions.enabledActionTypes`);
  }

  list(featureId?: string): ConnectorTypeInfo[] {
    return [...this.types.values()]
      .filter((type) => featureId === undefined || (type.supportedFeatureIds as string[]).includes(featureId))
      .map((type) => {
        const enabledInConfig = this.isEnabledInConfig(type.id);
        return {
          id: type.id,
          name: type.name,
          // Every license level is available here: enabled follows the configuration alone.
          enabled: enabledInConfig,
          enabledInConfig,
          enabledInLicense: true,
          minimumLicenseRequired: type.minimumLicenseRequired,
          supportedFeatureIds: type.supportedFeatureIds,
          isSystemActionType: type.isSystemActionType ?? false,
          isDeprecated: false,
          ...(type.description ? { description: type.description } : {}),
        };
      });
  }
}
