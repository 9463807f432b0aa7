/**
 * What a push sends, as Kibana's createIncident builds it: the incident (the mapped title and
 * description, the type's own fields, and the external id of this connector's last push, so a
 * second push updates the same incident) and the comments written or edited since that push,
 * plus one comment counting the alerts when some were attached since.
 */
import type { Case } from '../../../common/types/domain/case';
import type { Attachment } from '../../../common/types/domain/attachment';
import type { User } from '../../../common/types/domain/user';
import type { UserActionSavedObject } from '../../services/user_action_service';
import type { CasePushFormat, PushAlertDocument } from '../../connectors/types';
import type { DocumentReferences } from '../../attachment_framework/types';
import { refsOf } from '../alerts/document_refs';
import { caseAlertsUrl, caseViewUrl } from './case_url';

export interface PushComment {
  commentId: string;
  comment: string;
}

export interface PushIncident {
  incident: Record<string, unknown> & { externalId: string | null };
  comments: PushComment[];
}

export interface CreateIncidentInput {
  /** The case, its connector fields those the case holds for the connector pushed to. */
  theCase: Case;
  /** The case's user actions, oldest first. */
  userActions: UserActionSavedObject[];
  connectorId: string;
  format: CasePushFormat;
  alerts: PushAlertDocument[];
  /** The registered attachment types that hold alerts (`alert`, and any registered alike). */
  alertTypes: Array<{ type: string; spec: DocumentReferences }>;
  spaceId: string;
  publicBaseUrl?: string;
}

/** Kibana's display name: the full name, else the username, else "Unknown". */
export const displayName = (user: User | null | undefined): string => user?.full_name || user?.username || 'Unknown';

const addedBy = (user: User | null | undefined) => `Added by ${displayName(user)}.`;

/** The last push to this connector and its place in the log; -1 when it was never pushed to. */
export function latestPushTo(userActions: UserActionSavedObject[], connectorId: string): { index: number; externalId: string | null } {
  for (let i = userActions.length - 1; i >= 0; i -= 1) {
    const { attributes } = userActions[i];
    if (attributes.type === 'pushed' && attributes.payload.externalService.connector_id === connectorId) {
      return { index: i, externalId: attributes.payload.externalService.external_id ?? null };
    }
  }
  return { index: -1, externalId: null };
}

/** The user comments created or edited since the last push (all of them before the first). */
function commentsSince(theCase: Case, userActions: UserActionSavedObject[], fromIndex: number): PushComment[] {
  const touched = new Set(
    userActions
      .slice(Math.max(fromIndex, 0))
      .filter((a) => a.attributes.type === 'comment' && a.attributes.comment_id)
      .map((a) => a.attributes.comment_id as string),
  );
  return theCase.comments
    .filter((c) => c.type === 'user' && touched.has(c.id))
    .map((c) => ({ commentId: c.id, comment: `${(c as Attachment & { comment: string }).comment}\n\n${addedBy(c.updated_by ?? c.created_by)}` }));
}

/** "Elastic Alerts attached to the case: N", only when some alert was attached since the last push; N counts them all. */
function alertsComment(input: CreateIncidentInput, caseUrl: string | undefined): PushComment | undefined {
  const { theCase, alertTypes } = input;
  const alertAttachments = theCase.comments.flatMap((c) => {
    const spec = alertTypes.find((t) => t.type === c.type)?.spec;
    return spec ? [{ attachment: c, count: refsOf(spec, c).length }] : [];
  });
  if (!alertAttachments.some(({ attachment }) => attachment.pushed_at == null)) return undefined;
  const total = alertAttachments.reduce((sum, { count }) => sum + count, 0);
  const link = caseUrl ? `\n\nFor more details, view the alerts in Kibana\nAlerts URL: ${caseAlertsUrl(caseUrl)}` : '';
  return { commentId: `${theCase.id}-total-alerts`, comment: `Elastic Alerts attached to the case: ${total}${link}` };
}

export function createIncident(input: CreateIncidentInput): PushIncident {
  const { theCase, userActions, connectorId, format, alerts, spaceId, publicBaseUrl } = input;
  const latest = latestPushTo(userActions, connectorId);
  const caseUrl = caseViewUrl(publicBaseUrl, spaceId, theCase.id);
  const link = caseUrl ? `\nFor more details, view this case in Kibana.\nCase URL: ${caseUrl}` : '';
  const mapped = format.mapping
    ? {
        [format.mapping.title]: theCase.title,
        [format.mapping.description]: `${theCase.description}\n\n${addedBy(theCase.updated_by ?? theCase.created_by)}${link}`,
      }
    : {};
  const alertCount = alertsComment(input, caseUrl);
  return {
    incident: { ...mapped, ...format.format(theCase, alerts), externalId: latest.externalId },
    comments: [...commentsSince(theCase, userActions, latest.index), ...(alertCount ? [alertCount] : [])],
  };
}
