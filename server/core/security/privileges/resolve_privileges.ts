/**
 * Privilege resolution, Kibana's rules in one pure function: what a set of roles grants in one
 * space, given the registered features and the features the space switches off. The cache, the
 * role store and the space lookup live elsewhere (privilege_engine.ts); this only computes.
 */
import { ALL_SPACES, type FeaturePrivilegeGrant, type KibanaFeature, type Role, type SpacePrivileges } from './types';

export interface ResolveInput {
  /** The user's roles as stored; names the store does not know are simply absent. */
  roles: readonly Pick<Role, 'kibana'>[];
  /** Holds the `superuser` role: every enabled feature, whatever the role entries say. */
  superuser: boolean;
  features: readonly KibanaFeature[];
  spaceId: string;
  /** Feature ids the space switches off: they grant nothing there, to anybody. */
  disabledFeatures: readonly string[];
}

/** The grants a feature privilege name stands for; unknown names stand for nothing. */
export function grantsOf(feature: KibanaFeature, privilege: string): FeaturePrivilegeGrant[] {
  const { all, read } = feature.privileges;
  switch (privilege) {
    case 'all':
      return [all, ...feature.subFeatures.filter((s) => s.includeIn === 'all' || s.includeIn === 'read')];
    case 'read':
      return [read, ...feature.subFeatures.filter((s) => s.includeIn === 'read')];
    case 'minimal_all':
      return [all];
    case 'minimal_read':
      return [read];
    default:
      return feature.subFeatures.filter((s) => s.id === privilege);
  }
}

/** Every grant of a feature, sub-features whatever their `includeIn`: the superuser's share. */
const everyGrantOf = (feature: KibanaFeature): FeaturePrivilegeGrant[] => [feature.privileges.all, feature.privileges.read, ...feature.subFeatures];

/** Base privileges stand for the same-named privilege of every feature. */
const BASE_TO_FEATURE: ReadonlyMap<string, string> = new Map([
  ['all', 'all'],
  ['read', 'read'],
]);

class Accumulator {
  readonly actions = new Set<string>();
  readonly ui: Record<string, Record<string, boolean>> = {};
  any = false;

  add(featureId: string, grants: readonly FeaturePrivilegeGrant[]): void {
    for (const grant of grants) {
      this.any = true;
      for (const action of grant.actions) this.actions.add(action);
      if (grant.ui.length === 0) continue;
      const caps = (this.ui[featureId] ??= {});
      for (const cap of grant.ui) caps[cap] = true;
    }
  }

  result(superuser: boolean): SpacePrivileges {
    return { superuser, actions: this.actions, ui: this.ui, hasAnyPrivilege: superuser || this.any };
  }
}

export function resolveSpacePrivileges(input: ResolveInput): SpacePrivileges {
  const disabled = new Set(input.disabledFeatures);
  const enabled = input.features.filter((f) => !disabled.has(f.id));
  const acc = new Accumulator();

  if (input.superuser) {
    for (const feature of enabled) acc.add(feature.id, everyGrantOf(feature));
    return acc.result(true);
  }

  const byId = new Map(enabled.map((f) => [f.id, f]));
  for (const role of input.roles) {
    for (const entry of role.kibana) {
      if (!entry.spaces.includes(input.spaceId) && !entry.spaces.includes(ALL_SPACES)) continue;
      for (const base of entry.base) {
        const privilege = BASE_TO_FEATURE.get(base);
        if (privilege === undefined) continue;
        // A base privilege opens the space itself, even when every feature in it is switched off.
        acc.any = true;
        for (const feature of enabled) acc.add(feature.id, grantsOf(feature, privilege));
      }
      for (const [featureId, privileges] of Object.entries(entry.feature)) {
        const feature = byId.get(featureId);
        if (!feature) continue;
        for (const privilege of privileges) acc.add(feature.id, grantsOf(feature, privilege));
      }
    }
  }
  return acc.result(false);
}
