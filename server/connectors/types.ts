/**
 * What cases knows of each connector type it pushes to (Kibana's server/connectors/<type>):
 * where the case's title, description, tags and comments go in the external incident, the
 * type's own incident fields built from the case's connector fields (and its alerts, for
 * ServiceNow SecOps), and which changes make a pushed case need a new push. One registration
 * per type (registry.ts); the connector type itself lives in the platform (server/core/actions).
 */
import type { Case } from '../../common/types/domain/case';

/** The alert documents of the case's alert attachments, as stored (ECS fields, flattened or nested). */
export type PushAlertDocument = Record<string, unknown>;

export interface CasePushFormat {
  /** The connector type id, e.g. `.jira`. */
  type: string;
  /**
   * Kibana's `getMapping()`: the incident keys that receive the case's title and description
   * (ServiceNow `short_description`, Jira `summary`, ...), the tags where the system takes them
   * as such, and where comments go (appended). Absent for `.cases-webhook`, whose `format`
   * supplies the values itself (without the "Added by" line). A configuration answers it as
   * its `mappings` (connector_mappings.ts).
   */
  mapping?: { title: string; description: string; tags?: string; comments: string };
  /** The type's incident fields from the case (its `connector.fields`, tags, severity) and its alerts. */
  format(theCase: Case, alerts: PushAlertDocument[]): Record<string, unknown>;
  /**
   * User-action types that make a pushed case need a new push, beyond Kibana's `comment`,
   * `description`, `tags` and `title` (TheHive and the webhook add `status` and `severity`).
   */
  extraRelevantUserActions?: string[];
  /** True when `format` needs the alert documents (ServiceNow SecOps fills IPs and hashes from them). */
  readsAlerts?: boolean;
}
