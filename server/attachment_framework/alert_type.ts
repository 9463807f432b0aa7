/**
 * Alerts attached to a case, in Kibana's shape: one attachment may carry several alert ids (with
 * the index of each). The case counts alert ids, not attachments, against
 * `xpack.cases.alerts.maxPerCase`; ids already on the case are skipped; the alert documents list
 * the case in `kibana.alert.case_ids`, and a synced case moves their workflow status with its own.
 */
import { ALERT_FIELDS } from '../../common/alerts/alert_fields';
import { AlertRequestRt } from '../../common/types/api/attachment';
import { AlertPayloadRt } from '../../common/types/domain/attachment';
import type { AttachmentTypeDefinition } from './types';

const countIds = (ids: unknown) => (Array.isArray(ids) ? ids.length : 1);

export const alertType: AttachmentTypeDefinition = {
  type: 'alert',
  request: AlertRequestRt,
  stored: AlertPayloadRt,
  // alertId is what the case's id set, its total and "cases holding this alert" read.
  mappings: { alertId: { type: 'keyword' } },
  total: 'totalAlerts',
  documents: {
    family: 'alerts',
    idField: 'alertId',
    indexField: 'index',
    duplicates: 'ids',
    closedCaseMessage: 'Alert cannot be attached to a closed case',
    caseIdsPath: ALERT_FIELDS.caseIds,
  },
  limit: { max: (config) => config.alerts.maxPerCase, noun: 'alerts', itemsIn: (payload) => countIds(payload.alertId) },
};
