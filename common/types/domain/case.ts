/**
 * A case: what is stored is what the API returns, minus the fields derived at read time (`id`,
 * `version`, `comments`, `totalComment`, `totalAlerts`, `totalEvents`) and plus two sort ranks the store
 * needs because `status` and `severity` do not sort alphabetically in lifecycle order.
 */
import * as t from 'io-ts';
import { CaseConnectorRt } from './connector';
import { CaseSeverityRt, CaseStatusRt, OwnerRt } from './enums';
import { ExternalServiceRt } from './external_service';
import { CaseSettingsRt } from './settings';
import { CaseAssigneeRt, UserRt } from './user';
import { AttachmentRt } from './attachment';
import { CaseObservableRt } from './observable';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

export const CaseCustomFieldRt = t.type({
  key: t.string,
  type: t.keyof({ text: null, toggle: null, number: null }),
  value: t.union([t.string, t.boolean, t.number, t.null]),
});
export type CaseCustomField = t.TypeOf<typeof CaseCustomFieldRt>;

export const CaseAttributesRt = t.intersection([
  t.type({
    title: t.string,
    description: t.string,
    tags: t.array(t.string),
    owner: OwnerRt,
    status: CaseStatusRt,
    severity: CaseSeverityRt,
    assignees: t.array(CaseAssigneeRt),
    category: nullable(t.string),
    connector: CaseConnectorRt,
    settings: CaseSettingsRt,
    external_service: nullable(ExternalServiceRt),
    customFields: t.array(CaseCustomFieldRt),
    /** Kibana's observables, kept on the case (at most `xpack.cases.observables.maxPerCase`). */
    observables: t.array(CaseObservableRt),
    /** Kibana's count of them, stored for sorting; always `observables.length`. */
    total_observables: t.number,
    /** Human-readable number, 1, 2, 3… per space, assigned at creation. */
    incremental_id: t.number,
    created_at: t.string,
    created_by: UserRt,
    updated_at: nullable(t.string),
    updated_by: nullable(UserRt),
    closed_at: nullable(t.string),
    closed_by: nullable(UserRt),
    /** Seconds from creation to closing; null while not closed. */
    duration: nullable(t.number),
  }),
  t.partial({
    in_progress_at: nullable(t.string),
    time_to_acknowledge: nullable(t.number),
    time_to_investigate: nullable(t.number),
    time_to_resolve: nullable(t.number),
  }),
]);
export type CaseAttributes = t.TypeOf<typeof CaseAttributesRt>;

/** Sort keys kept beside the attributes; written with every status or severity change. */
export interface CaseSortRanks {
  status_rank: number;
  severity_rank: number;
}

export type StoredCaseAttributes = CaseAttributes & CaseSortRanks;

export const CaseRt = t.intersection([
  CaseAttributesRt,
  t.type({
    id: t.string,
    version: t.string,
    comments: t.array(AttachmentRt),
    totalComment: t.number,
    totalAlerts: t.number,
    /** Distinct event ids attached (Kibana's recent versions answer it too). */
    totalEvents: t.number,
  }),
]);
export type Case = t.TypeOf<typeof CaseRt>;
