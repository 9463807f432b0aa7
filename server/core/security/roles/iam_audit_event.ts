/**
 * Audit events for changes to roles and users, in the ECS shape of the other events: category
 * `iam`, written after the change succeeded (a refused change is answered with its 4xx and
 * changes nothing, so there is nothing to record beyond the request log).
 */
import type { AuditEvent } from '../audit_logger';
import type { AuthenticatedUser } from '../types';

export type IamChange = 'create' | 'update' | 'delete';

const ECS_TYPE: Record<IamChange, string> = { create: 'creation', update: 'change', delete: 'deletion' };
const PAST: Record<IamChange, string> = { create: 'created', update: 'updated', delete: 'deleted' };

export function iamAuditEvent(args: {
  change: IamChange;
  kind: 'role' | 'user';
  id: string;
  actor: AuthenticatedUser;
  spaceId: string;
}): AuditEvent {
  const { change, kind, id, actor, spaceId } = args;
  return {
    message: `User [${actor.username}] has ${PAST[change]} ${kind} [name=${id}]`,
    event: { action: `${kind}_${change}`, category: ['iam'], type: [ECS_TYPE[change]], outcome: 'success' },
    user: { name: actor.username, roles: actor.roles },
    kibana: { space_id: spaceId, saved_object: { type: kind, id } },
  };
}
