/**
 * The case webhook: no mapping, the connector's own templates place each value
 * (`{{{case.title}}}`, `{{{case.description}}}`, ...), so the description goes out as written,
 * without the "Added by" line. Its templates may show status and severity, so a change of
 * either makes a pushed case need a new push.
 */
import type { CasePushFormat } from '../types';

export const casesWebhookFormat: CasePushFormat = {
  type: '.cases-webhook',
  extraRelevantUserActions: ['status', 'severity'],
  format: (theCase) => ({
    title: theCase.title,
    description: theCase.description,
    tags: theCase.tags,
    id: theCase.id,
    severity: theCase.severity,
    status: theCase.status,
  }),
};
