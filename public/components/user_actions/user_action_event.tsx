/**
 * What each entry of the activity log says: "changed the title to …", "marked case as
 * [In progress]". One function per kind of action, chosen by `type`; the payload carries the
 * new value in Kibana's shapes (`{ title }`, `{ status }`, `{ tags: [added] }`).
 */
import type { ReactNode } from 'react';
import { EuiBadge, EuiBadgeGroup } from '@elastic/eui';
import { CASE_SEVERITIES, type CaseSeverity, type CaseStatus } from '../../../common/constants';
import { caseStatuses } from '../../../common/registries/case_statuses';
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import type { UserAction } from '../../../common/types/domain/user_action';
import type { UserProfile } from '../../../common/core/user_profile';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';
import { getUserDisplayName } from '../user_profiles/user_display_name';
import { formatCustomFieldValue, type StoredCustomField } from '../custom_fields/custom_field_value';
import { attachmentViews } from '../../attachment_framework/built_in';
import { ViewRegistry } from '../../attachment_framework/view_registry';
import { describeObservablesAction } from './observables_event';
import { describePushedAction } from './pushed_event';

export interface UserActionEvent {
  event: ReactNode;
  /** EUI icon shown before the author: what kind of change this was, at a glance. */
  icon: string;
}

export interface EventContext {
  profiles: Map<string, UserProfile>;
  /** The owner's custom field labels by key; a field no longer configured is named by its key. */
  customFieldLabels?: Map<string, string>;
  /** Per connector id, when the case was first pushed to it: that push reads "pushed as new incident". */
  firstPushes?: Map<string, string>;
}

type Payload = Record<string, unknown>;

const inline = { display: 'inline-flex', verticalAlign: 'middle', marginInline: 4 } as const;

/**
 * For an EuiComment that is an event (no body). EUI lays its author, event and time out as flex
 * items that wrap whole: an event longer than the line ("created case" and a long title) drops
 * below the author, who is left alone on a line. As one run of text the entry reads as a
 * sentence, "elastic created case “…” just now", and wraps like one.
 */
export const eventAsSentence = {
  '.euiCommentEvent__headerData': { display: 'block' },
  '.euiCommentEvent__headerEventIcon': { display: 'inline-flex', verticalAlign: 'middle', marginInlineEnd: 8 },
  '.euiCommentEvent__headerUsername, .euiCommentEvent__headerEvent, .euiCommentEvent__headerTimestamp': {
    display: 'inline',
    marginInlineEnd: 4,
  },
} as const;

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function uidList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (item && typeof (item as { uid?: unknown }).uid === 'string' ? [(item as { uid: string }).uid] : []));
}

function Tags({ tags }: { tags: string[] }) {
  return (
    <EuiBadgeGroup gutterSize="xs" css={inline}>
      {tags.map((tag) => (
        <EuiBadge key={tag} color="hollow" data-test-subj={`user-action-tag-${tag}`}>
          {tag}
        </EuiBadge>
      ))}
    </EuiBadgeGroup>
  );
}

function assigneeNames(action: UserAction, uids: string[], { profiles }: EventContext): string {
  const names = uids.map((uid) => (uid === action.created_by.profile_uid ? 'themselves' : getUserDisplayName(profiles.get(uid)?.user)));
  return names.join(', ');
}

const isStatus = (value: unknown): value is CaseStatus => typeof value === 'string' && caseStatuses.has(value);
const isSeverity = (value: unknown): value is CaseSeverity => CASE_SEVERITIES.includes(value as CaseSeverity);

export type UserActionDescriber = (action: UserAction, payload: Payload, ctx: EventContext) => UserActionEvent | null;

const builtInDescribers: Partial<Record<UserAction['type'], UserActionDescriber>> = {
  create_case: (_action, payload) => ({ event: <>created case &ldquo;{String(payload.title ?? '')}&rdquo;</>, icon: 'plusCircle' }),
  title: (_action, payload) => ({ event: <>changed the title to &ldquo;{String(payload.title ?? '')}&rdquo;</>, icon: 'pencil' }),
  description: () => ({ event: 'edited the description', icon: 'pencil' }),
  status: (_action, payload) =>
    isStatus(payload.status)
      ? { event: <>marked case as <span css={inline}><StatusBadge status={payload.status} /></span></>, icon: 'dot' }
      : null,
  severity: (_action, payload) =>
    isSeverity(payload.severity)
      ? { event: <>changed the severity to <span css={inline}><SeverityBadge severity={payload.severity} /></span></>, icon: 'flag' }
      : null,
  tags: (action, payload) => {
    const tags = stringList(payload.tags);
    return { event: <>{action.action === 'delete' ? 'removed tags' : 'added tags'} <Tags tags={tags} /></>, icon: 'tag' };
  },
  assignees: (action, payload, ctx) => {
    const names = assigneeNames(action, uidList(payload.assignees), ctx);
    return { event: `${action.action === 'delete' ? 'unassigned' : 'assigned'} ${names}`, icon: 'user' };
  },
  category: (action, payload) =>
    action.action === 'delete' || !payload.category
      ? { event: 'removed the category', icon: 'folderClosed' }
      : { event: <>set the category to <EuiBadge color="hollow" css={inline}>{String(payload.category)}</EuiBadge></>, icon: 'folderClosed' },
  comment: (action, payload) => {
    // Added comments are entries of their own, with the comment's current text; edits show on it.
    if (action.action !== 'delete') return null;
    const removed = payload.comment as AnyAttachmentPayload | undefined;
    const view = typeof removed?.type === 'string' ? attachmentViews.get(removed.type) : undefined;
    // Some kinds name what went ("file report.pdf"); the others say what kind it was.
    const kind = (removed && view?.nounOf?.(removed)) || view?.noun || 'a comment';
    return { event: `removed ${kind}`, icon: 'trash' };
  },
  connector: (_action, payload) => {
    const connector = payload.connector as { id?: string; name?: string } | undefined;
    return !connector || connector.id === 'none'
      ? { event: 'removed the external incident management system', icon: 'link' }
      : { event: `selected ${connector.name ?? connector.id} as the external incident management system`, icon: 'link' };
  },
  settings: (_action, payload) => {
    const settings = payload.settings as { syncAlerts?: boolean; extractObservables?: boolean } | undefined;
    const onOff = (on: boolean | undefined) => (on ? 'on' : 'off');
    // The action holds the whole new settings, not what changed (Kibana's payload): with both
    // switches in it, say where each now stands rather than guess which one moved.
    if (typeof settings?.extractObservables === 'boolean') {
      return { event: `set alert syncing ${onOff(settings.syncAlerts)} and observable extraction ${onOff(settings.extractObservables)}`, icon: 'gear' };
    }
    return { event: `${settings?.syncAlerts ? 'turned on' : 'turned off'} alert syncing`, icon: 'gear' };
  },
  customFields: (_action, payload, { customFieldLabels }) => {
    // One changed field per action, as the server writes them; older entries may hold several.
    const fields = Array.isArray(payload.customFields) ? (payload.customFields as Array<{ key?: unknown; type?: unknown; value?: unknown }>) : [];
    const changes = fields
      .filter((field): field is StoredCustomField => typeof field.key === 'string' && typeof field.type === 'string')
      .map((field) => `${customFieldLabels?.get(field.key) ?? field.key} to “${formatCustomFieldValue(field)}”`);
    return { event: changes.length > 0 ? `changed ${changes.join(', ')}` : 'changed the custom fields', icon: 'pencil' };
  },
  pushed: describePushedAction,
  delete_case: () => ({ event: 'deleted the case', icon: 'trash' }),
};

/** What each user-action type says in the feed, keyed by type: a new type registers its own. */
export const userActionDescribers = new ViewRegistry<UserActionDescriber>('user-action describer');
for (const [type, describe] of Object.entries(builtInDescribers)) userActionDescribers.register(type, describe);
userActionDescribers.register('observables', describeObservablesAction);

/** Null when the action has no entry of its own (a comment's creation or edit). */
export function describeUserAction(action: UserAction, ctx: EventContext): UserActionEvent | null {
  const describe = userActionDescribers.get(action.type);
  if (!describe) return null;
  return describe(action, (action.payload ?? {}) as Payload, ctx);
}
