/**
 * One cases feature per owner: the owner's `privileges.feature` id is what a role names, and the
 * feature's privileges grant the `cases:<owner>/<operation>` actions the client checks. Kibana's
 * three owners and any owner another plugin registers during setup are treated the same way.
 */
import type { CoreSetup, KibanaFeature } from '../core';
import type { CasesRegistriesSetup } from '../registries/cases_registries';
import type { OwnerDefinition } from '../registries/owner_registry';
import { casesFeature } from './cases_privileges';

export const casesFeatureOf = (owner: OwnerDefinition): KibanaFeature =>
  casesFeature({ id: owner.privileges.feature, name: `Cases (${owner.label})`, owner: owner.id });

/**
 * The plugin's setup contract, with `registerOwner` also registering the owner's feature. Both
 * happen during setup, before the platform reads its features at start; after start the owner
 * registry is frozen, so no owner can exist without a feature, nor the other way round.
 */
export function withOwnerFeatures(setup: CasesRegistriesSetup, security: CoreSetup['security']): CasesRegistriesSetup {
  return {
    ...setup,
    registerOwner(owner) {
      // The owner first: a frozen registry or a bad id refuses before a feature is left behind.
      setup.registerOwner(owner);
      security.registerFeature(casesFeatureOf(owner));
    },
  };
}
