/**
 * Kibana's `POST /api/detection_engine/signals/status` by ids: sets the workflow status of the
 * alerts that do not have it yet, with when, by whom and (closing only) why, as Kibana's update
 * script does, in batches. The answer is Elasticsearch's update-by-query body: `total` alerts
 * found, `updated` changed, `noops` already in that status.
 */
import { ALERT_FIELDS, readDocumentField } from '../../../common/alerts/alert_fields';
import type { SetAlertsStatusRequest, SetAlertsStatusResponse } from '../../../common/types/api/alerts';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { ALERTS_OWNER, documentsOf } from './documents_of';

/** Who changed the status, as Kibana records it (a profile uid). */
const WORKFLOW_USER_FIELD = 'kibana.alert.workflow_user';

export async function setAlertsStatus(args: CasesClientArgs, request: SetAlertsStatusRequest): Promise<SetAlertsStatusResponse> {
  const started = performance.now();
  await ensureAuthorized(args, Operations.updateAlertStatus, [ALERTS_OWNER]);
  const { service } = documentsOf(args, 'alerts');
  const found = await service.get([...new Set(request.signal_ids)]);
  const changing = found.filter((doc) => readDocumentField(doc.source, ALERT_FIELDS.workflowStatus) !== request.status).map((doc) => doc.id);
  const { updated, batches } = await service.updateFields(changing, {
    [ALERT_FIELDS.workflowStatus]: request.status,
    [ALERT_FIELDS.workflowStatusUpdatedAt]: args.now().toISOString(),
    // A reopened alert loses the reason it was closed for.
    [ALERT_FIELDS.workflowReason]: request.status === 'closed' && request.reason ? request.reason : null,
    [WORKFLOW_USER_FIELD]: args.user?.profile_uid ?? null,
  });
  return {
    took: Math.round(performance.now() - started),
    timed_out: false,
    total: found.length,
    updated,
    deleted: 0,
    batches,
    version_conflicts: 0,
    noops: found.length - updated,
    failures: [],
  };
}
