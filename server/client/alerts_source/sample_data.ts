/**
 * "Add sample alerts": generated alerts and events stored in the request's space. Loading is
 * idempotent: the i-th sample document of a space always has the same id, so a second load
 * (a double click, a script run twice) stores nothing twice and only adds what a larger count
 * asks for. The answer counts the documents this call created.
 */
import { DEFAULT_SAMPLE_ALERTS, DEFAULT_SAMPLE_EVENTS, type SampleDataRequest, type SampleDataResponse } from '../../../common/types/api/alerts';
import { generateSampleData } from '../../alerts/sample_data/generate';
import { ensureAuthorized } from '../authorization';
import type { CasesClientArgs } from '../types';
import { ALERTS_OWNER, documentsOf } from './documents_of';

export async function loadSampleData(args: CasesClientArgs, request: SampleDataRequest): Promise<SampleDataResponse> {
  const alerts = documentsOf(args, 'alerts');
  const events = documentsOf(args, 'events');
  await ensureAuthorized(args, alerts.operations.write, [ALERTS_OWNER]);
  await ensureAuthorized(args, events.operations.write, [ALERTS_OWNER]);
  const generated = generateSampleData({
    spaceId: args.spaceId,
    alerts: request.alerts ?? DEFAULT_SAMPLE_ALERTS,
    events: request.events ?? DEFAULT_SAMPLE_EVENTS,
    now: args.now(),
  });
  const created = (results: Array<{ status: string }>) => results.filter((r) => r.status === 'created').length;
  return {
    alerts: created(await alerts.service.bulkCreate(generated.alerts)),
    events: created(await events.service.bulkCreate(generated.events)),
  };
}
