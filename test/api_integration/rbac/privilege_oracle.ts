/**
 * The matrix's own reading of Kibana's Cases privileges, written from Kibana's feature
 * registrations (cases V3 features and `feature_privilege_builder/cases.ts`) and not imported
 * from the server: an oracle that shares the server's code would agree with its bugs.
 *
 * A role grants privilege groups per owner per space; a route needs groups on the owner of the
 * object it touches (see route_expectations.ts).
 */

/** Kibana's cases privilege groups (`cases.<group>` in a feature privilege). */
export type Group = 'create' | 'read' | 'update' | 'delete' | 'push' | 'settings' | 'createComment' | 'reopenCase' | 'assign';

export const ALL_GROUPS: readonly Group[] = ['create', 'read', 'update', 'delete', 'push', 'settings', 'createComment', 'reopenCase', 'assign'];

/** Owner (the saved object's `owner`) → the V3 feature that grants its privileges. */
export const FEATURE_OF_OWNER = {
  securitySolution: 'securitySolutionCasesV3',
  observability: 'observabilityCasesV3',
  cases: 'generalCasesV3',
} as const;
export type Owner = keyof typeof FEATURE_OF_OWNER;
const OWNERS = Object.keys(FEATURE_OF_OWNER) as Owner[];

/** The primary privileges: `all` grants create/read/update/push, `read` grants read. */
const PRIMARY: Record<'all' | 'read', Group[]> = { all: ['create', 'read', 'update', 'push'], read: ['read'] };

/** The independent sub-feature privileges; each is `includeIn: 'all'` in Kibana's V3 features. */
const SUB_FEATURES: Record<string, Group> = {
  cases_delete: 'delete',
  cases_settings: 'settings',
  create_comment: 'createComment',
  case_reopen: 'reopenCase',
  cases_assign: 'assign',
};

/** What one feature privilege name grants: `all` adds every sub-feature, `read` adds none (none is includeIn 'read'). */
export function groupsOfPrivilege(privilege: string): Group[] {
  switch (privilege) {
    case 'all':
      return [...PRIMARY.all, ...Object.values(SUB_FEATURES)];
    case 'read':
    case 'minimal_read':
      return PRIMARY.read;
    case 'minimal_all':
      return PRIMARY.all;
    default:
      // A sub-feature id alone; an unknown name grants nothing.
      return SUB_FEATURES[privilege] ? [SUB_FEATURES[privilege]] : [];
  }
}

/** One entry of a role's `kibana` array, Kibana's role API shape. */
export interface KibanaPrivilegeEntry {
  base: string[];
  feature: Record<string, string[]>;
  spaces: string[];
}

export interface TestRole {
  name: string;
  kibana: KibanaPrivilegeEntry[];
  /** The superuser holds everything, whatever its entries say. */
  superuser?: boolean;
  /** Built in: checked against the server's definition, never written. */
  reserved?: boolean;
}

/** The groups a role holds for each owner in one space. */
export function grantsIn(role: TestRole, space: string): Map<Owner, Set<Group>> {
  const grants = new Map<Owner, Set<Group>>(OWNERS.map((owner) => [owner, new Set<Group>()]));
  for (const owner of OWNERS) {
    const held = grants.get(owner)!;
    if (role.superuser) ALL_GROUPS.forEach((g) => held.add(g));
    for (const entry of role.kibana) {
      if (!entry.spaces.includes(space) && !entry.spaces.includes('*')) continue;
      for (const base of entry.base) groupsOfPrivilege(base === 'all' ? 'all' : base === 'read' ? 'read' : '').forEach((g) => held.add(g));
      for (const privilege of entry.feature[FEATURE_OF_OWNER[owner]] ?? []) groupsOfPrivilege(privilege).forEach((g) => held.add(g));
    }
  }
  return grants;
}

/** May the role run something that needs every one of `groups` on objects of `owner` in `space`? */
export function allows(role: TestRole, space: string, owner: Owner, groups: readonly Group[]): boolean {
  const held = grantsIn(role, space).get(owner)!;
  return groups.every((g) => held.has(g));
}

/** May the role read cases of at least one owner in the space (what a search or the suggest route needs)? */
export const readsAnyOwner = (role: TestRole, space: string): boolean => OWNERS.some((owner) => allows(role, space, owner, ['read']));

/** Any privilege at all in the space: otherwise the space is invisible and a by-id call answers 404. */
export function hasAnyPrivilege(role: TestRole, space: string): boolean {
  if (role.superuser) return true;
  return [...grantsIn(role, space).values()].some((held) => held.size > 0);
}
