/**
 * The cases features roles grant, one per owner, as Kibana registers its `*CasesV3` features:
 * `all` and `read`, and five sub-features that `all` includes. Each privilege grants Kibana's
 * privilege groups (create, read, update, ...), and each group the operations of Kibana's
 * feature privilege builder; the actions are `cases:<owner>/<operation>`.
 */
import { privilegeAction, type FeaturePrivilegeGrant, type KibanaFeature } from '../core';
import { CASES_SUB_FEATURES, CASES_UI_CAPABILITIES } from '../../common/capabilities';
import { CASES_PRIVILEGE_NAMESPACE } from '../client/authorization';

/** Kibana's privilege groups and the operation names each grants. */
export const PRIVILEGE_GROUPS = {
  create: ['createCase'],
  read: ['getCase', 'getComment', 'getTags', 'getReporters', 'getUserActions', 'findConfigurations'],
  update: ['updateCase', 'updateComment'],
  delete: ['deleteCase', 'deleteComment'],
  push: ['pushCase'],
  settings: ['createConfiguration', 'updateConfiguration'],
  createComment: ['createComment'],
  reopenCase: ['reopenCase'],
  assign: ['assignCase'],
} as const;

type Group = keyof typeof PRIVILEGE_GROUPS;

const ui = CASES_UI_CAPABILITIES;

function grant(owner: string, groups: Group[], capabilities: string[]): FeaturePrivilegeGrant {
  const actions = groups.flatMap((group) => PRIVILEGE_GROUPS[group].map((name) => privilegeAction({ namespace: CASES_PRIVILEGE_NAMESPACE, name }, owner)));
  return { actions, ui: capabilities };
}

export function casesFeature({ id, name, owner }: { id: string; name: string; owner: string }): KibanaFeature {
  const sub = (subId: string, subName: string, group: Group, capability: string) => ({
    id: subId,
    name: subName,
    includeIn: 'all' as const,
    ...grant(owner, [group], [capability]),
  });
  return {
    id,
    name,
    uiCapabilities: Object.values(ui),
    privileges: {
      all: grant(owner, ['create', 'read', 'update', 'push'], [ui.create, ui.read, ui.update, ui.push, ui.connectors]),
      read: grant(owner, ['read'], [ui.read, ui.connectors]),
    },
    subFeatures: [
      sub(CASES_SUB_FEATURES.delete, 'Delete cases and comments', 'delete', ui.delete),
      sub(CASES_SUB_FEATURES.settings, 'Edit case settings', 'settings', ui.settings),
      sub(CASES_SUB_FEATURES.createComment, 'Create comments and attachments', 'createComment', ui.createComment),
      sub(CASES_SUB_FEATURES.reopenCase, 'Re-open closed cases', 'reopenCase', ui.reopenCase),
      sub(CASES_SUB_FEATURES.assign, 'Assign users to cases', 'assign', ui.assign),
    ],
  };
}
