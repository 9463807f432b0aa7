/**
 * The solutions that own cases. Each owner declares the app its cases live in, the case
 * features it turns on, and the Kibana feature privileges that grant reading or managing its
 * cases (what the roles issue maps roles onto). Authorization's "all owners" is this list: an
 * owner nobody registered is one no caller holds a privilege for, so Kibana answers 403.
 */
import { MAX_OWNER_LENGTH } from '../../common/constants';
import { createRegistry, type Registry } from '../../common/registries/registry';

export interface OwnerFeatures {
  /** Whether a new case of this owner syncs its alerts' status by default. */
  alerts: { syncDefault: boolean };
  observables: { enabled: boolean; autoExtractDefault: boolean };
}

export interface OwnerPrivileges {
  /** Kibana's feature id, e.g. `securitySolutionCasesV3`. */
  feature: string;
  /** The application privilege of read access to the owner's cases. */
  read: string;
  /** The application privilege of full access. */
  all: string;
}

export interface OwnerDefinition {
  id: string;
  /** The Kibana app the owner's cases open in, e.g. `securitySolutionUI`. */
  appId: string;
  label: string;
  features: OwnerFeatures;
  privileges: OwnerPrivileges;
}

export type OwnerRegistry = Registry<OwnerDefinition>;

function validateOwner(owner: OwnerDefinition): void {
  // The API bounds owner strings; an owner longer than that could never be asked for.
  if (owner.id.length === 0 || owner.id.length > MAX_OWNER_LENGTH) throw new Error(`Invalid owner id "${owner.id}"`);
}

export const createOwnerRegistry = (initial: readonly OwnerDefinition[] = []): OwnerRegistry =>
  createRegistry('owner', { initial, validate: validateOwner });
