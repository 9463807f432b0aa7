/**
 * A stored case as Kibana's `cases` document at model version 8 (CASE_EXPORT_VERSION): status
 * and severity as Kibana's numbers, the connector without its id (a `connectorId` reference),
 * the push record without its connector id (a `pushConnectorId` reference), and none of what our
 * store derives for its own queries (ranks, custom field and observable indexes). The case
 * number stays behind, as Kibana's export strips it: the destination numbers its cases itself.
 */
import type { CaseAttributes, StoredCaseAttributes } from '../../../common/types/domain/case';
import type { SavedObject, SavedObjectReference } from '../../core';
import { caseReferences } from '../../services/cases_service';
import { withoutDerivedFields } from '../../services/derived_fields';
import { connectorToKibana, KIBANA_SEVERITY, KIBANA_STATUS } from './kibana_values';
import { stageOf } from '../../../common/registries/case_statuses';

/**
 * Kibana's model version 8 is the newest shape whose every attribute ours has (`total_observables`
 * arrived in it); 9 only added the template fields we do not have. The lowest stamp that is
 * true keeps the export importable by every Kibana from that version on: a newer one runs its
 * later (mapping-only) versions on import, an older one would refuse a higher stamp.
 */
export const CASE_EXPORT_VERSION = '10.8.0';

/**
 * Kibana's "not computed yet" for the attachment counts it keeps on the case (its 8.7 migration
 * writes it): Kibana counts a case's attachments when it reads the case and refreshes these when
 * attachments change, so an export need not count them.
 */
const NOT_COMPUTED = -1;

/** The optional lifecycle timings Kibana added in model version 4, written when the case has them. */
const TIMINGS = ['in_progress_at', 'time_to_acknowledge', 'time_to_investigate', 'time_to_resolve'] as const;

export function caseToKibana(object: SavedObject): { attributes: Record<string, unknown>; references: SavedObjectReference[] } {
  const stored = withoutDerivedFields(object.attributes as StoredCaseAttributes) as CaseAttributes;
  const { connector, external_service: pushed, status, severity, observables, customFields } = stored;
  const attributes: Record<string, unknown> = {
    assignees: stored.assignees,
    category: stored.category ?? null,
    closed_at: stored.closed_at,
    closed_by: stored.closed_by,
    connector: connectorToKibana(connector),
    created_at: stored.created_at,
    created_by: stored.created_by,
    customFields: customFields ?? [],
    description: stored.description,
    duration: stored.duration ?? null,
    external_service: pushed ? withoutConnectorId(pushed) : null,
    observables: observables ?? [],
    owner: stored.owner,
    settings: stored.settings,
    severity: KIBANA_SEVERITY[severity],
    // Kibana knows three statuses: a registered status of ours beyond them travels as its stage.
    status: KIBANA_STATUS[stageOf(status)],
    tags: stored.tags,
    title: stored.title,
    total_alerts: NOT_COMPUTED,
    total_comments: NOT_COMPUTED,
    total_events: NOT_COMPUTED,
    total_observables: (observables ?? []).length,
    updated_at: stored.updated_at,
    updated_by: stored.updated_by,
  };
  for (const key of TIMINGS) if (stored[key] !== undefined) attributes[key] = stored[key];
  return { attributes, references: caseReferences(stored) };
}

function withoutConnectorId(pushed: NonNullable<CaseAttributes['external_service']>): Record<string, unknown> {
  const { connector_id: _id, ...rest } = pushed;
  return rest;
}
