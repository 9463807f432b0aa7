/** The alerts source's methods of the CasesClient: ingest, the Alerts and Events pages, status, sample data. */
import type { AlertsFindRequest, EventsFindRequest, SampleDataRequest, SetAlertsStatusRequest } from '../../../common/types/api/alerts';
import type { CasesClientArgs } from '../types';
import { findAlerts, findEvents } from './find';
import { ingestDocuments } from './ingest';
import { loadSampleData } from './sample_data';
import { setAlertsStatus } from './set_status';

export function createAlertsSourceClient(args: CasesClientArgs) {
  return {
    ingestAlerts: (documents: unknown[]) => ingestDocuments(args, 'alerts', documents),
    ingestEvents: (documents: unknown[]) => ingestDocuments(args, 'events', documents),
    findAlerts: (request: AlertsFindRequest) => findAlerts(args, request),
    findEvents: (request: EventsFindRequest) => findEvents(args, request),
    setStatus: (request: SetAlertsStatusRequest) => setAlertsStatus(args, request),
    loadSampleData: (request: SampleDataRequest) => loadSampleData(args, request),
  };
}
