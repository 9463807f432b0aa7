/**
 * Mail to the people a case was just assigned to, Kibana's rules: on create every assignee, on
 * update only those the update added; never the user who made the change; users without an
 * email address are skipped; one mail per case with every address in `to`. It goes through the
 * platform's email service (the preconfigured connector named by
 * `notifications.connectors.default.email`) after the write is durable, and never fails or
 * delays the request: the promise is tracked, not awaited, and a failure is a warning in the log.
 */
import type { CaseAssignee } from '../../../common/types/domain/user';
import { caseViewUrl } from '../push/case_url';
import type { CasesClientArgs } from '../types';
import { assigneeEmailHtml, assigneeEmailSubject, assigneeEmailText, type AssignedCase } from './assignee_email/render';

export interface AssigneeNotification {
  theCase: AssignedCase;
  /** Profile uids to notify (the actor is removed here). */
  assignees: string[];
}

export type NotifyArgs = Pick<CasesClientArgs, 'notifications' | 'users' | 'user' | 'spaceId' | 'logger' | 'publicBaseUrl' | 'now'>;

/** The assignees an update added: removals and those already assigned notify nobody. */
export const addedAssignees = (before: CaseAssignee[], after: CaseAssignee[]): string[] => {
  const had = new Set(before.map((a) => a.uid));
  return after.map((a) => a.uid).filter((uid) => !had.has(uid));
};

/** Saved-object type of cases, as Kibana names the mail's related object. */
const CASE_TYPE = 'cases';

let reportedNoEmailService = false;

async function addressesOf(args: NotifyArgs, uids: string[]): Promise<string[]> {
  const users = await Promise.all([...new Set(uids)].map((uid) => args.users.getByProfileUid(uid)));
  return [...new Set(users.flatMap((user) => (user?.email ? [user.email] : [])))];
}

async function notifyOne(args: NotifyArgs, { theCase, assignees }: AssigneeNotification): Promise<void> {
  const email = args.notifications.email;
  if (!email) return;
  const actor = args.user?.profile_uid;
  const to = await addressesOf(args, assignees.filter((uid) => uid !== actor));
  if (to.length === 0) return;
  const caseUrl = caseViewUrl(args.publicBaseUrl, args.spaceId, theCase.id);
  await email.sendPlainTextEmail({
    to,
    subject: assigneeEmailSubject(theCase),
    message: assigneeEmailText(theCase, caseUrl),
    messageHTML: assigneeEmailHtml(theCase, caseUrl, args.now()),
    context: { relatedObjects: [{ id: theCase.id, type: CASE_TYPE, namespace: args.spaceId }] },
  });
}

/** Sends one mail per case, one after the other; each failure is logged and the others still go. */
export async function notifyAssignees(args: NotifyArgs, notifications: AssigneeNotification[]): Promise<void> {
  const wanted = notifications.filter((n) => n.assignees.length > 0);
  if (wanted.length === 0) return;
  if (!args.notifications.email) {
    // Without a default email connector there is nothing to send with; saying so once is enough.
    if (!reportedNoEmailService) args.logger?.debug('Could not notify assignees. Email service is not available.');
    reportedNoEmailService = true;
    return;
  }
  for (const notification of wanted) {
    try {
      await notifyOne(args, notification);
    } catch (error) {
      args.logger?.warn({ 'event.action': 'notify-assignees', 'case.id': notification.theCase.id }, `Error notifying assignees: ${(error as Error).message}`);
    }
  }
}

const pending = new Set<Promise<void>>();

/** Starts the mails without waiting for them: the request has its answer once the write is durable. */
export function scheduleAssigneeNotifications(args: NotifyArgs, notifications: AssigneeNotification[]): void {
  const sending = notifyAssignees(args, notifications).catch((error: unknown) => {
    args.logger?.warn({ 'event.action': 'notify-assignees' }, `Error notifying assignees: ${(error as Error).message}`);
  });
  pending.add(sending);
  void sending.finally(() => pending.delete(sending));
}

/** For tests and shutdown: resolves when every mail started so far has been sent or given up. */
export async function settledAssigneeNotifications(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
