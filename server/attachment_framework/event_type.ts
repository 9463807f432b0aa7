/**
 * Events attached to a case, in Kibana's shape (`eventId` and `index`, one string or arrays).
 * As in Kibana, an event attachment any of whose ids the case already holds is skipped whole,
 * and the case's `totalEvents` counts distinct event ids. Events carry no case ids or status.
 */
import { EventRequestRt } from '../../common/types/api/attachment';
import { EventPayloadRt } from '../../common/types/domain/attachment';
import type { AttachmentTypeDefinition } from './types';

export const eventType: AttachmentTypeDefinition = {
  type: 'event',
  request: EventRequestRt,
  stored: EventPayloadRt,
  mappings: { eventId: { type: 'keyword' } },
  total: 'totalEvents',
  documents: {
    family: 'events',
    idField: 'eventId',
    indexField: 'index',
    duplicates: 'attachment',
    closedCaseMessage: 'Event cannot be attached to a closed case',
  },
};
