/**
 * The mail to new assignees, as Kibana writes it: the subject `[Elastic][Cases] <title>`, a
 * plain-text body of Kibana's lines (separated by CRLF pairs; no description), and an HTML body
 * with the first three tags, a description cut at 300 characters, and the case link when
 * `server.publicBaseUrl` is set.
 */
import mustache from 'mustache';
import type { Case } from '../../../../common/types/domain/case';
import { ASSIGNEE_EMAIL_TEMPLATE } from './template';

const TAG_LIMIT = 3;
const DESCRIPTION_LIMIT = 300;
const LINE_BREAK = '\r\n\r\n';

/** Kibana's badge colours; a status registered beyond Kibana's three gets Kibana's fallback. */
const STATUS_COLORS: Record<string, string> = { open: '#0077CC', 'in-progress': '#FEC514', closed: '#D3DAE6' };
const SEVERITY_COLORS: Record<string, string> = { low: '#54B399', medium: '#D6BF57', high: '#DA8B45', critical: '#E7664C' };
const FALLBACK_COLOR = '#FFF';

export type AssignedCase = Pick<Case, 'id' | 'title' | 'description' | 'status' | 'severity' | 'tags'>;

export const assigneeEmailSubject = (theCase: AssignedCase): string => `[Elastic][Cases] ${theCase.title}`;

export function assigneeEmailText(theCase: AssignedCase, caseUrl: string | undefined): string {
  let message = `You are assigned to an Elastic Case.${LINE_BREAK}`;
  message += `Title: ${theCase.title}${LINE_BREAK}`;
  message += `Status: ${theCase.status}${LINE_BREAK}`;
  message += `Severity: ${theCase.severity}${LINE_BREAK}`;
  if (theCase.tags.length > 0) message += `Tags: ${theCase.tags.join(', ')}${LINE_BREAK}`;
  return caseUrl ? `${message}${LINE_BREAK}View the case details: ${caseUrl}` : message;
}

export function assigneeEmailHtml(theCase: AssignedCase, caseUrl: string | undefined, now: Date): string {
  const moreTags = Math.max(theCase.tags.length - TAG_LIMIT, 0);
  return mustache.render(ASSIGNEE_EMAIL_TEMPLATE, {
    title: theCase.title,
    status: theCase.status,
    statusColor: STATUS_COLORS[theCase.status] ?? FALLBACK_COLOR,
    severity: theCase.severity,
    severityColor: SEVERITY_COLORS[theCase.severity] ?? FALLBACK_COLOR,
    hasTags: theCase.tags.length > 0,
    tags: theCase.tags.slice(0, TAG_LIMIT),
    moreTags: moreTags > 0 ? moreTags : null,
    description: theCase.description.length > DESCRIPTION_LIMIT ? `${theCase.description.slice(0, DESCRIPTION_LIMIT)}...` : theCase.description,
    url: caseUrl ?? null,
    currentYear: now.getUTCFullYear(),
  });
}
