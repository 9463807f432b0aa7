/**
 * Alerts attached to a case, in Kibana's shape: one attachment may carry several alert ids, and
 * a case holds at most MAX_ALERTS_PER_CASE of them. Syncing the alerts' own status is a hook the
 * alerts feature adds when alert documents exist.
 */
import { MAX_ALERTS_PER_CASE } from '../../common/constants';
import { AlertRequestRt } from '../../common/types/api/attachment';
import { AlertPayloadRt } from '../../common/types/domain/attachment';
import type { AttachmentTypeDefinition } from './types';

const countIds = (ids: unknown) => (Array.isArray(ids) ? ids.length : 1);

export const alertType: AttachmentTypeDefinition = {
  type: 'alert',
  request: AlertRequestRt,
  stored: AlertPayloadRt,
  mappings: { alertId: { type: 'keyword' } },
  total: 'totalAlerts',
  limit: { max: MAX_ALERTS_PER_CASE, noun: 'alerts', itemsIn: (payload) => countIds(payload.alertId) },
};
