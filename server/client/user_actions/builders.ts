/**
 * The user actions a change produces, with Kibana's payloads: one `update` per changed field
 * (per changed custom field), `add`/`delete` for the tags and assignees that came and went, and the whole new case on
 * `create_case`.
 */
import type { Owner } from '../../../common/constants';
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { User } from '../../../common/types/domain/user';
import type { UserActionAction, UserActionAttributes, UserActionPayload, UserActionType } from '../../../common/types/domain/user_action';
import type { CasesRegistries } from '../../registries/cases_registries';
import type { NewUserAction } from '../../services/user_action_service';

interface Common {
  caseId: string;
  owner: Owner;
  user: User;
  createdAt: string;
}

/** One entry; its payload is checked against its type's codec when written. */
export const userAction = <K extends UserActionType>(
  c: Common,
  action: UserActionAction,
  type: K,
  payload: UserActionPayload<K>,
  commentId: string | null = null,
): NewUserAction => ({
  caseId: c.caseId,
  attributes: { action, type, payload, created_at: c.createdAt, created_by: c.user, owner: c.owner, comment_id: commentId } as UserActionAttributes,
});

export const createCaseAction = (c: Common, attributes: Omit<CaseAttributes, 'incremental_id'>): NewUserAction => {
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
const SIMPLE_FIELDS = ['title', 'description', 'status', 'severity', 'category', 'connector', 'settings'] as const;

type CustomFieldValue = CaseAttributes['customFields'][number];
const sameCustomField = (a: CustomFieldValue, b: CustomFieldValue) => a.key === b.key && a.type === b.type && a.value === b.value;

/**
 * As Kibana: one `update` per custom field whose value changed, its payload that field alone.
 * A field that only appears, empty (a null filled in for a new definition), is no change a
 * reader would see; one that goes away (its definition removed) is not logged either.
 */
function customFieldsActions(c: Common, before: CustomFieldValue[], after: CustomFieldValue[]): NewUserAction[] {
  return after
    .filter((field) => !before.some((held) => sameCustomField(held, field)))
    .filter((field) => field.value !== null || before.some((held) => held.key === field.key))
    .map((field) => userAction(c, 'update', 'customFields', { customFields: [field] }));
}

export function updateCaseActions(c: Common, before: CaseAttributes, changes: Partial<CaseAttributes>): NewUserAction[] {
  const actions: NewUserAction[] = [];
  for (const field of SIMPLE_FIELDS) {
    if (changes[field] !== undefined) actions.push(userAction(c, 'update', field, { [field]: changes[field] } as UserActionPayload<typeof field>));
  }
  if (changes.customFields !== undefined) actions.push(...customFieldsActions(c, before.customFields, changes.customFields));
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

/** The attachment as its type puts it in the log (the payload itself unless the type says otherwise). */
export function commentAction(
  { registries }: { registries: CasesRegistries },
  c: Common,
  action: 'create' | 'update' | 'delete',
  commentId: string,
  payload: AnyAttachmentPayload,
): NewUserAction {
  const toPayload = registries.attachments.get(payload.type)?.toUserActionPayload;
  return userAction(c, action, 'comment', { comment: toPayload ? toPayload(payload) : payload }, commentId);
}

/** Kept when a case is deleted, so the log shows who deleted it and when. */
export const deleteCaseAction = (c: Common) => userAction(c, 'delete', 'delete_case', {});
