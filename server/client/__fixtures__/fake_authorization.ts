/**
 * Test-only: the platform's authorization as common15 specifies it (and the platform implements
 * it), over roles a test chooses: a role entry applies in its spaces or '*', base privileges
 * stand for every feature's `all`/`read`, feature privileges for Kibana's `all`, `read`,
 * `minimal_*` and sub-feature ids, a space's disabled features grant nothing, and the superuser
 * holds every action of the enabled features and every action no feature grants.
 */
import {
  ALL_SPACES,
  deniedMessage,
  forbidden,
  notFound,
  privilegeAction,
  unauthorized,
  type AuthenticatedUser,
  type AuthorizationService,
  type EnsureAuthorizedArgs,
  type FeaturePrivilegeGrant,
  type KibanaFeature,
  type RoleKibanaPrivilege,
  type SpacePrivileges,
} from '../../core';
import { SOC_ROLES } from '../../features/soc_roles';

/** The platform's built-in roles and the cases plugin's, as the role API would list them. */
export const builtInRoles = (): Map<string, RoleKibanaPrivilege[]> =>
  new Map([
    ['viewer', [{ base: ['read'], feature: {}, spaces: [ALL_SPACES] }]],
    ['editor', [{ base: ['all'], feature: {}, spaces: [ALL_SPACES] }]],
    ...SOC_ROLES.map((role): [string, RoleKibanaPrivilege[]] => [role.name, role.kibana]),
  ]);

function grantsOf(feature: KibanaFeature, privilege: string): FeaturePrivilegeGrant[] {
  const subs = (...includeIn: string[]) => feature.subFeatures.filter((s) => includeIn.includes(s.includeIn));
  if (privilege === 'all') return [feature.privileges.all, ...subs('all', 'read')];
  if (privilege === 'read') return [feature.privileges.read, ...subs('read')];
  if (privilege === 'minimal_all') return [feature.privileges.all];
  if (privilege === 'minimal_read') return [feature.privileges.read];
  return feature.subFeatures.filter((s) => s.id === privilege);
}

export interface FakeAuthorizationState {
  features(): KibanaFeature[];
  roles: Map<string, RoleKibanaPrivilege[]>;
  /** Feature ids a space switches off. */
  disabledFeatures: Record<string, string[]>;
  /** The older knob: when set, every caller holds `all` of these owners' features, and nothing else. */
  allowed: { owners?: string[] };
  ownerFeature(owner: string): string | undefined;
}

export function createFakeAuthorization(state: FakeAuthorizationState, asked: EnsureAuthorizedArgs[]) {
  function entriesOf(user: AuthenticatedUser): RoleKibanaPrivilege[] {
    if (state.allowed.owners) {
      const feature = Object.fromEntries(state.allowed.owners.flatMap((o) => (state.ownerFeature(o) ? [[state.ownerFeature(o)!, ['all']]] : [])));
      return [{ base: [], feature, spaces: [ALL_SPACES] }];
    }
    return user.roles.flatMap((name) => state.roles.get(name) ?? []);
  }

  function resolve(user: AuthenticatedUser, spaceId: string): SpacePrivileges {
    const disabled = new Set(state.disabledFeatures[spaceId] ?? []);
    const enabled = state.features().filter((f) => !disabled.has(f.id));
    const grants: Array<[string, FeaturePrivilegeGrant]> = [];
    const add = (feature: KibanaFeature, list: FeaturePrivilegeGrant[]) => grants.push(...list.map((g): [string, FeaturePrivilegeGrant] => [feature.id, g]));
    const superuser = !state.allowed.owners && user.roles.includes('superuser');
    let any = superuser;
    if (superuser) for (const f of enabled) add(f, [f.privileges.all, f.privileges.read, ...f.subFeatures]);
    for (const entry of superuser ? [] : entriesOf(user)) {
      if (!entry.spaces.includes(spaceId) && !entry.spaces.includes(ALL_SPACES)) continue;
      for (const base of entry.base.filter((b) => b === 'all' || b === 'read')) {
        any = true;
        for (const f of enabled) add(f, grantsOf(f, base));
      }
      for (const [id, privileges] of Object.entries(entry.feature)) {
        const feature = enabled.find((f) => f.id === id);
        if (feature) for (const privilege of privileges) add(feature, grantsOf(feature, privilege));
      }
    }
    const ui: Record<string, Record<string, boolean>> = {};
    for (const [id, grant] of grants) for (const capability of grant.ui) (ui[id] ??= {})[capability] = true;
    return { superuser, actions: new Set(grants.flatMap(([, g]) => g.actions)), ui, hasAnyPrivilege: any || grants.length > 0 };
  }

  /** The superuser also holds what no feature grants (ingesting alerts), but not what a disabled feature would. */
  function holds(privileges: SpacePrivileges, action: string): boolean {
    if (privileges.actions.has(action)) return true;
    const granted = state.features().some((f) => [f.privileges.all, f.privileges.read, ...f.subFeatures].some((g) => g.actions.includes(action)));
    return privileges.superuser && !granted;
  }

  const heldBy = (user: AuthenticatedUser, spaceId: string, actions: string[]) => {
    const privileges = resolve(user, spaceId);
    return actions.every((action) => holds(privileges, action));
  };

  const service: AuthorizationService = {
    async ensureAuthorized(args) {
      asked.push(args);
      if (!args.user) throw unauthorized();
      const privileges = resolve(args.user, args.spaceId);
      const { operation, owners, entities = [] } = args;
      if (owners.every((owner) => holds(privileges, privilegeAction(operation.privilege, owner)))) return;
      if (entities.length > 0 && !privileges.hasAnyPrivilege) throw notFound(`Saved object [${operation.savedObjectType}/${entities[0].id}] not found`);
      throw forbidden(deniedMessage(operation, owners));
    },
    async getAuthorizedOwners(args) {
      asked.push(args);
      if (!args.user) throw unauthorized();
      const privileges = resolve(args.user, args.spaceId);
      const authorized = args.owners.filter((owner) => holds(privileges, privilegeAction(args.operation.privilege, owner)));
      // As the platform's: none at all is a refusal that names no owner.
      if (authorized.length === 0) throw forbidden(deniedMessage(args.operation, []));
      return authorized;
    },
    async getSpacePrivileges(user, spaceId) {
      return resolve(user, spaceId);
    },
  };
  return { service, heldBy };
}
