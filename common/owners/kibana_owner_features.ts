/**
 * What each of Kibana's owners turns on, as its feature registrations say: whether a case syncs
 * its alerts' statuses by default, whether it has observables, and whether it extracts them
 * from attached alerts by default. The server's owner registry is built from this table, and the
 * browser reads it for its forms' defaults and to hide what an owner does not have. An owner
 * another plugin registers is unknown here: the browser then assumes Kibana's general defaults.
 */
import type { KnownOwner, Owner } from '../constants';

export interface OwnerFeatures {
  alerts: { syncDefault: boolean };
  observables: { enabled: boolean; autoExtractDefault: boolean };
}

export const KIBANA_OWNER_FEATURES: Readonly<Record<KnownOwner, OwnerFeatures>> = {
  securitySolution: { alerts: { syncDefault: true }, observables: { enabled: true, autoExtractDefault: true } },
  observability: { alerts: { syncDefault: false }, observables: { enabled: false, autoExtractDefault: false } },
  cases: { alerts: { syncDefault: false }, observables: { enabled: true, autoExtractDefault: false } },
};

const GENERAL_DEFAULTS: OwnerFeatures = { alerts: { syncDefault: true }, observables: { enabled: true, autoExtractDefault: false } };

export const ownerFeaturesOf = (owner: Owner): OwnerFeatures =>
  Object.prototype.hasOwnProperty.call(KIBANA_OWNER_FEATURES, owner) ? KIBANA_OWNER_FEATURES[owner as KnownOwner] : GENERAL_DEFAULTS;
