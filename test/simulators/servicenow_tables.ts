/**
 * What the ServiceNow simulator's instance holds: the columns of `incident` and `sn_si_incident`,
 * the Elastic apps' staging columns, and the dictionary and choice rows the case form reads
 * (urgency, severity, impact, category, subcategory, priority), with ServiceNow's values.
 */

export interface TableInfo {
  table: 'incident' | 'sn_si_incident';
  numberPrefix: string;
  /** Columns the table API accepts. */
  columns: string[];
  /** The Elastic app for this table. */
  app: 'itsm' | 'sir';
  appScope: string;
  importSetTable: string;
  /** Columns of the app's staging table, without their `u_` prefix. */
  stagingColumns: string[];
}

const TASK_COLUMNS = ['short_description', 'description', 'category', 'subcategory', 'priority', 'state', 'close_code', 'close_notes', 'assignment_group', 'assigned_to', 'work_notes', 'comments', 'correlation_id', 'correlation_display', 'caller_id', 'opened_by', 'contact_type', 'cmdb_ci'];

export const TABLES: Record<'incident' | 'sn_si_incident', TableInfo> = {
  incident: {
    table: 'incident',
    numberPrefix: 'INC',
    columns: [...TASK_COLUMNS, 'severity', 'urgency', 'impact', 'business_service'],
    app: 'itsm',
    appScope: 'x_elas2_inc_int',
    importSetTable: 'x_elas2_inc_int_elastic_incident',
    stagingColumns: ['short_description', 'description', 'severity', 'urgency', 'impact', 'category', 'subcategory', 'correlation_id', 'correlation_display', 'caller_id', 'opened_by', 'work_notes', 'comments', 'state', 'close_code', 'close_notes'],
  },
  sn_si_incident: {
    table: 'sn_si_incident',
    numberPrefix: 'SIR',
    columns: [...TASK_COLUMNS, 'dest_ip', 'source_ip', 'malware_hash', 'malware_url', 'business_criticality', 'risk_score'],
    app: 'sir',
    appScope: 'x_elas2_sir_int',
    importSetTable: 'x_elas2_sir_int_elastic_si_incident',
    stagingColumns: ['short_description', 'description', 'category', 'subcategory', 'priority', 'correlation_id', 'correlation_display', 'caller_id', 'opened_by', 'work_notes', 'dest_ip', 'source_ip', 'malware_hash', 'malware_url', 'state', 'close_code', 'close_notes'],
  },
};

export const tableByImportSet = (importSet: string) => Object.values(TABLES).find((t) => t.importSetTable === importSet);
export const tableByScope = (scope: string) => Object.values(TABLES).find((t) => t.appScope === scope);

/** `sys_dictionary` rows of string columns (name, element, label, mandatory, max_length). */
const DICTIONARY: Array<[string, string, string, boolean, number]> = [
  ['task', 'short_description', 'Short description', true, 160],
  ['task', 'description', 'Description', false, 4000],
  ['task', 'correlation_id', 'Correlation ID', false, 100],
  ['task', 'correlation_display', 'Correlation display', false, 100],
  ['task', 'close_notes', 'Close notes', false, 4000],
  ['incident', 'category', 'Category', false, 40],
  ['incident', 'subcategory', 'Subcategory', false, 40],
  ['incident', 'close_code', 'Resolution code', false, 40],
  ['sn_si_incident', 'category', 'Category', false, 40],
  ['sn_si_incident', 'subcategory', 'Subcategory', false, 40],
  ['sn_si_incident', 'dest_ip', 'Destination IP', false, 4000],
  ['sn_si_incident', 'source_ip', 'Source IP', false, 4000],
  ['sn_si_incident', 'malware_hash', 'Malware hash', false, 4000],
  ['sn_si_incident', 'malware_url', 'Malware URL', false, 4000],
];

export function dictionaryRows(tables: string[]) {
  return DICTIONARY.filter(([name]) => tables.includes(name)).map(([, element, label, mandatory, maxLength]) => ({
    column_label: label,
    mandatory: String(mandatory),
    max_length: String(maxLength),
    element,
  }));
}

/** `sys_choice` rows: name (table), element, value, label, dependent_value. */
const CHOICES: Array<[string, string, string, string, string]> = [
  ['incident', 'urgency', '1', '1 - High', ''],
  ['incident', 'urgency', '2', '2 - Medium', ''],
  ['incident', 'urgency', '3', '3 - Low', ''],
  ['incident', 'impact', '1', '1 - High', ''],
  ['incident', 'impact', '2', '2 - Medium', ''],
  ['incident', 'impact', '3', '3 - Low', ''],
  ['incident', 'severity', '1', '1 - High', ''],
  ['incident', 'severity', '2', '2 - Medium', ''],
  ['incident', 'severity', '3', '3 - Low', ''],
  ['incident', 'category', 'inquiry', 'Inquiry / Help', ''],
  ['incident', 'category', 'software', 'Software', ''],
  ['incident', 'category', 'hardware', 'Hardware', ''],
  ['incident', 'category', 'network', 'Network', ''],
  ['incident', 'category', 'database', 'Database', ''],
  ['incident', 'subcategory', 'antivirus', 'Antivirus', 'inquiry'],
  ['incident', 'subcategory', 'email', 'Email', 'inquiry'],
  ['incident', 'subcategory', 'os', 'Operating System', 'software'],
  ['incident', 'subcategory', 'cpu', 'CPU', 'hardware'],
  ['incident', 'subcategory', 'vpn', 'VPN', 'network'],
  ['incident', 'subcategory', 'dhcp', 'DHCP', 'network'],
  ['incident', 'subcategory', 'oracle', 'Oracle', 'database'],
  ['task', 'priority', '1', '1 - Critical', ''],
  ['task', 'priority', '2', '2 - High', ''],
  ['task', 'priority', '3', '3 - Moderate', ''],
  ['task', 'priority', '4', '4 - Low', ''],
  ['task', 'priority', '5', '5 - Planning', ''],
  ['sn_si_incident', 'category', 'denial_of_service', 'Denial of Service', ''],
  ['sn_si_incident', 'category', 'malicious_code', 'Malicious code activity', ''],
  ['sn_si_incident', 'category', 'unauthorized_access', 'Unauthorized access', ''],
  ['sn_si_incident', 'subcategory', 'ransomware', 'Ransomware', 'malicious_code'],
  ['sn_si_incident', 'subcategory', 'virus', 'Virus', 'malicious_code'],
  ['sn_si_incident', 'subcategory', 'ddos', 'Distributed DoS', 'denial_of_service'],
  ['sn_si_incident', 'subcategory', 'credential_theft', 'Credential theft', 'unauthorized_access'],
];

export function choiceRows(tables: string[], elements: string[]) {
  return CHOICES.filter(([name, element]) => tables.includes(name) && elements.includes(element)).map(([, element, value, label, dependentValue]) => ({
    label,
    value,
    dependent_value: dependentValue,
    element,
  }));
}

/**
 * An encoded query's conditions (`name=task^ORname=incident^element=a^ORelement=b^language=en`):
 * the values of each field, OR'ed conditions folded into the field they repeat.
 */
export function parseEncodedQuery(query: string): Map<string, string[]> {
  const conditions = new Map<string, string[]>();
  for (const part of query.split('^')) {
    const condition = part.startsWith('OR') ? part.slice(2) : part;
    const eq = condition.indexOf('=');
    if (eq <= 0) continue;
    const field = condition.slice(0, eq);
    conditions.set(field, [...(conditions.get(field) ?? []), condition.slice(eq + 1)]);
  }
  return conditions;
}

/** ServiceNow's timestamps: 'YYYY-MM-DD HH:mm:ss' in GMT. */
export const snTimestamp = (date = new Date()) => date.toISOString().slice(0, 19).replace('T', ' ');

/** ServiceNow's error body. */
export const snError = (status: number, message: string, detail: string | null = null) => ({ status, body: { error: { message, detail }, status: 'failure' } });
