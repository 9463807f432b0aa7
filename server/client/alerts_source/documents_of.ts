/**
 * The pieces every alerts-source operation shares: whose documents these are (Security's
 * owner, as in Kibana, where alerts belong to the Security solution), and the rules and
 * persistence of each family in the request's space.
 */
import { alertIndexDefinition } from '../../alerts/alert_index';
import { eventIndexDefinition } from '../../alerts/event_index';
import type { DocumentRules } from '../../alerts/validate_document';
import { createAlertDocumentsService, type AlertDocumentsService } from '../../services/alert_documents_service';
import { Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

export const ALERTS_OWNER = 'securitySolution';

export type DocumentKind = 'alerts' | 'events';

export interface KindSetup {
  service: AlertDocumentsService;
  rules: DocumentRules;
  operations: { read: (typeof Operations)[keyof typeof Operations]; write: (typeof Operations)[keyof typeof Operations] };
}

export function documentsOf(args: CasesClientArgs, kind: DocumentKind): KindSetup {
  if (kind === 'alerts') {
    return {
      service: createAlertDocumentsService(args.documents.alerts),
      rules: { definition: alertIndexDefinition(args.config), alert: true },
      operations: { read: Operations.findAlerts, write: Operations.ingestAlerts },
    };
  }
  return {
    service: createAlertDocumentsService(args.documents.events),
    rules: { definition: eventIndexDefinition(args.config), alert: false },
    operations: { read: Operations.findEvents, write: Operations.ingestEvents },
  };
}
