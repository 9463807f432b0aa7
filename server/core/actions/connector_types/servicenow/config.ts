/**
 * What tells ServiceNow ITSM and SecOps apart: the table, the Elastic app's import set and scope.
 * Everything else (auth, URLs, errors, push) is one shared library, as in Kibana's lib/servicenow.
 */

export const SERVICENOW_ITSM_ID = '.servicenow';
export const SERVICENOW_SIR_ID = '.servicenow-sir';

/** The name inside error texts (`[Action][ServiceNow]: …`), shared by both types as in Kibana. */
export const SERVICENOW_ERROR_NAME = 'ServiceNow';

export interface ServiceNowProductConfig {
  /** The incident table the table API writes and every read goes to. */
  table: string;
  /** The Elastic app's staging table (import-set mode). */
  importSetTable: string;
  /** The Elastic app's scope: its health and observables endpoints live under `/api/<appScope>/`. */
  appScope: string;
  /** Comments are written to this journal field, one incident update per comment. */
  commentFieldKey: string;
}

export const SERVICENOW_PRODUCTS: Record<typeof SERVICENOW_ITSM_ID | typeof SERVICENOW_SIR_ID, ServiceNowProductConfig> = {
  [SERVICENOW_ITSM_ID]: { table: 'incident', importSetTable: 'x_elas2_inc_int_elastic_incident', appScope: 'x_elas2_inc_int', commentFieldKey: 'work_notes' },
  [SERVICENOW_SIR_ID]: { table: 'sn_si_incident', importSetTable: 'x_elas2_sir_int_elastic_si_incident', appScope: 'x_elas2_sir_int', commentFieldKey: 'work_notes' },
};

/** The Elastic app's staging columns carry this prefix; `additional_fields` go unprefixed. */
export const IMPORT_SET_FIELD_PREFIX = 'u_';

/** The observable types the SecOps app's bulk endpoint takes (Kibana's ObservableTypes). */
export const OBSERVABLE_TYPES = { ipv4: 'ipv4-addr', sha256: 'SHA256', url: 'URL' } as const;
