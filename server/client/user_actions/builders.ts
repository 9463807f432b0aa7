/**
 * The user actions a change produces, with Kibana's payloads: one `update` per changed field,
 * `add`/`delete` for the tags and assignees that came and went, and the whole new case on
 * `create_case`.
 */
import type { Owner } from '../../../common/constants';
import type { AttachmentPayload } from '../../../common/types/domain/attachment';
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { User } from '../../../common/types/domain/user';
import type { UserActionAction, UserActionType } from '../../../common/types/domain/user_action';
import type { NewUserAction } from '../../services/user_action_service';

interface Common {
  caseId: string;
  owner: Owner;
  user: User;
  createdAt: string;
}

export const userAction = (
  c: Common,
  action: UserActionAction,
  type: UserActionType,
  payload: Record<string, unknown> | null,
  commentId: string | null = null,
): NewUserAction => ({
  caseId: c.caseId,
  attributes: { action, type, payload, created_at: c.createdAt, created_by: c.user, owner: c.owner, comment_id: commentId },
});

export const createCaseAction = (c: Common, attributes: CaseAttributes): NewUserAction => {
  const { title, description, tags, connector, settings, owner, severity, assignees, category, customFields } = attributes;
  return userAction(c, 'create', 'create_case', {
    title,
    description,
    tags,
    connector,
    settings,
    owner,
    severity,
    assignees,
    category,
    customFields,
    status: 'open',
  });
};

/** Fields whose change is one `update` action with `{ [field]: newValue }`. */
const SIMPLE_FIELDS = ['title', 'description', 'status', 'severity', 'category', 'connector', 'settings', 'customFields'] as const;

export function updateCaseActions(c: Common, before: CaseAttributes, changes: Partial<CaseAttributes>): NewUserAction[] {
  const actions: NewUserAction[] = [];
  for (const field of SIMPLE_FIELDS) {
    if (changes[field] !== undefined) actions.push(userAction(c, 'update', field, { [field]: changes[field] }));
  }
  if (changes.tags !== undefined) {
    const added = changes.tags.filter((tag) => !before.tags.includes(tag));
    const removed = before.tags.filter((tag) => !changes.tags!.includes(tag));
    if (added.length > 0) actions.push(userAction(c, 'add', 'tags', { tags: added }));
    if (removed.length > 0) actions.push(userAction(c, 'delete', 'tags', { tags: removed }));
  }
  if (changes.assignees !== undefined) {
    const beforeUids = new Set(before.assignees.map((a) => a.uid));
    const afterUids = new Set(changes.assignees.map((a) => a.uid));
    const added = changes.assignees.filter((a) => !beforeUids.has(a.uid));
    const removed = before.assignees.filter((a) => !afterUids.has(a.uid));
    if (added.length > 0) actions.push(userAction(c, 'add', 'assignees', { assignees: added }));
    if (removed.length > 0) actions.push(userAction(c, 'delete', 'assignees', { assignees: removed }));
  }
  return actions;
}

export const commentAction = (c: Common, action: 'create' | 'update' | 'delete', commentId: string, payload: AttachmentPayload) =>
  userAction(c, action, 'comment', { comment: payload }, commentId);

/** Kept when a case is deleted, so the log shows who deleted it and when. */
export const deleteCaseAction = (c: Common) => userAction(c, 'delete', 'delete_case', {});
