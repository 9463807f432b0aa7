/**
 * The one place for the Cases plugin's limits, enumerations, saved-object type names and URL
 * paths. Limits and defaults are Kibana's, so scripts written against Kibana behave the same.
 */

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

/**
 * Kibana's owners. The server's owner registry (server/owners/) holds each one's app, features
 * and privileges, and is what authorization and listings read; an owner string outside it is
 * refused as a privilege (403), as Kibana does, so the type stays open.
 */
export const OWNERS = ['securitySolution', 'observability', 'cases'] as const;
export type KnownOwner = (typeof OWNERS)[number];
// `string & {}` keeps the known names suggested while admitting registered ones.
export type Owner = KnownOwner | (string & {});

/**
 * Kibana's three lifecycle stages, in order. Every case status sits on one stage; the status
 * registry (common/registries/case_statuses.ts) holds the statuses, Kibana's three first.
 */
export const CASE_STAGES = ['open', 'in-progress', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
/** Kibana's own statuses, one per stage. Code that lists statuses reads the registry instead. */
export const CASE_STATUSES = CASE_STAGES;
export type CaseStatus = CaseStage | (string & {});

/** Listed in rank order: the index is the sort rank (low < medium < high < critical). */
export const CASE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];
export const DEFAULT_SEVERITY: CaseSeverity = 'low';

/** Kibana's connector types; the connector-type registry (common/registries/connector_types.ts) holds their fields. */
export const CONNECTOR_TYPES = ['.none', '.cases-webhook', '.jira', '.resilient', '.servicenow', '.servicenow-sir', '.swimlane'] as const;
export const NONE_CONNECTOR_ID = 'none';

// ---------------------------------------------------------------------------------------------
// Limits (Kibana's common/constants)
// ---------------------------------------------------------------------------------------------

export const MAX_TITLE_LENGTH = 160;
export const MAX_DESCRIPTION_LENGTH = 30_000;
export const MAX_COMMENT_LENGTH = 30_000;
export const MAX_TAGS_PER_CASE = 200;
export const MAX_LENGTH_PER_TAG = 256;
export const MAX_ASSIGNEES_PER_CASE = 10;
export const MAX_CATEGORY_LENGTH = 50;
export const MAX_CUSTOM_FIELDS_PER_CASE = 10;
export const MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH = 160;
/** Kibana's bound on a custom field's key. */
export const MAX_CUSTOM_FIELD_KEY_LENGTH = 36;
/** Kibana's bound on a custom field's label. */
export const MAX_CUSTOM_FIELD_LABEL_LENGTH = 50;
/**
 * How many custom fields, templates and custom observable types one owner's configuration may
 * hold: Kibana's 10 by default; `xpack.cases.configure.*` raises each up to
 * MAX_CONFIGURE_LIMIT_SETTING. The request codecs bound arrays by that ceiling; the configure
 * client checks the configured cap with the same message.
 */
export const MAX_CUSTOM_FIELDS_PER_OWNER = 10;
export const MAX_TEMPLATES_PER_OWNER = 10;
export const MAX_OBSERVABLE_TYPES_PER_OWNER = 10;
export const MAX_CONFIGURE_LIMIT_SETTING = 100;
export const MAX_TEMPLATE_KEY_LENGTH = 36;
export const MAX_TEMPLATE_NAME_LENGTH = 50;
export const MAX_TEMPLATE_DESCRIPTION_LENGTH = 1000;
export const MAX_TAGS_PER_TEMPLATE = 10;
export const MAX_TEMPLATE_TAG_LENGTH = 50;
export const MAX_OBSERVABLE_TYPE_KEY_LENGTH = 36;
export const MAX_OBSERVABLE_TYPE_LABEL_LENGTH = 50;
/** Kibana's rule for custom field and template keys (they become parts of saved-object paths). */
export const CONFIGURATION_KEY_PATTERN = /^[a-z0-9_-]+$/;
export const CLOSURE_TYPES = ['close-by-user', 'close-by-pushing'] as const;
export type ClosureType = (typeof CLOSURE_TYPES)[number];
export const CUSTOM_FIELD_TYPES = ['text', 'toggle', 'number'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
/** Values one custom-field filter of `POST /internal/cases/_search` may list. */
export const MAX_CUSTOM_FIELD_FILTER_VALUES = 10;
/** Owners are short app ids; the bound only keeps garbage out (Kibana has none). */
export const MAX_OWNER_LENGTH = 256;
/** Usernames (Elasticsearch allows up to 1,024 characters) and profile uids in find filters. */
export const MAX_USERNAME_LENGTH = 1024;
export const MAX_CASES_PER_PAGE = 100;
export const MAX_COMMENTS_PER_PAGE = 100;
export const MAX_USER_ACTIONS_PER_PAGE = 100;
/** page × perPage may not pass this, as Elasticsearch's result window. */
export const MAX_DOCS_PER_PAGE = 10_000;
export const MAX_CASES_TO_UPDATE = 100;
export const MAX_DELETE_IDS_LENGTH = 100;
export const MAX_BULK_GET_CASES = 1000;
export const MAX_TAGS_FILTER_LENGTH = 100;
export const MAX_ASSIGNEES_FILTER_LENGTH = 100;
export const MAX_REPORTERS_FILTER_LENGTH = 100;
export const MAX_CATEGORY_FILTER_LENGTH = 100;
/** `features` of the cases metrics API: how many may be asked at once, and how long a name is. */
export const MAX_METRICS_FEATURES = 20;
export const MAX_METRICS_FEATURE_LENGTH = 100;
/** Kibana's cap on the user actions of one case. */
export const MAX_USER_ACTIONS_PER_CASE = 10_000;
/**
 * How many people a case's users answer lists as participants, and as formerly assigned: a
 * bound on the look-ups one request makes, far above the people who work on one case.
 */
export const MAX_CASE_PARTICIPANTS = 100;
/**
 * Alert ids one case may hold by default. Kibana caps a case at 1,000; a worm or a phishing
 * wave passes that, so ours is 100 times higher and `xpack.cases.alerts.maxPerCase` changes it.
 */
export const MAX_ALERTS_PER_CASE = 100_000;
/** The highest `xpack.cases.alerts.maxPerCase` an admin may set. */
export const MAX_ALERTS_PER_CASE_SETTING = 1_000_000;
/** Alert or event documents one ingest request may carry. */
export const MAX_INGEST_DOCUMENTS = 10_000;
/**
 * The ingest routes' body limit: 10,000 ECS alerts of a few KB each pass `server.maxPayload`
 * (1 MB), so these routes set their own, as Kibana's import route does; one document stays
 * within MAX_INGEST_DOCUMENT_BYTES and MAX_INGEST_DOCUMENT_DEPTH levels.
 */
export const MAX_INGEST_BYTES = 50 * 1024 * 1024;
export const MAX_INGEST_DOCUMENT_BYTES = 64 * 1024;
export const MAX_INGEST_DOCUMENT_DEPTH = 16;
/** Alerts and Events pages: rows per page, and values one filter (rules, hosts) may list. */
export const MAX_ALERTS_PER_PAGE = 100;
export const MAX_ALERT_FILTER_VALUES = 100;
/** Alert ids one request may name (attach, status, find containing all). */
export const MAX_ALERT_IDS_PER_REQUEST = 10_000;
/** Alert ids one update-by-ids batch sends to the store. */
export const ALERT_UPDATE_BATCH_SIZE = 1_000;
/** Sample alerts one request may generate, and the days they spread over. */
export const MAX_SAMPLE_ALERTS = 10_000;
export const SAMPLE_DATA_DAYS = 30;
/** Ids in paths and bodies: generous for imported ids, small enough to refuse garbage. */
export const MAX_ID_LENGTH = 512;
export const MAX_VERSION_LENGTH = 256;
/** Free-text `search` of the find API. */
export const MAX_SEARCH_LENGTH = 1024;
/**
 * `search` of the find API: at most this many terms, of which at most MAX_SEARCH_PREFIX_TERMS
 * end in `*`, each with at least MIN_SEARCH_PREFIX_LENGTH characters before it. A prefix term
 * costs a scan of the searched text in every case (340 one-letter prefixes over 5,000 cases
 * held the server for seconds); these bounds keep one search's cost close to a plain one's.
 */
export const MAX_SEARCH_TERMS = 20;
export const MAX_SEARCH_PREFIX_TERMS = 5;
export const MIN_SEARCH_PREFIX_LENGTH = 2;
/**
 * `from` and `to` of find and metrics: the dates whose ISO form has a four-digit year, as
 * stored dates do, so that they compare as text the way the stores compare them. Date math
 * past these bounds (`now-1000000000y`) is refused, not turned into an invalid date.
 */
export const MIN_QUERY_DATE = '0000-01-01T00:00:00.000Z';
export const MAX_QUERY_DATE = '9999-12-31T23:59:59.999Z';
/** Terms aggregations of tags, reporters and categories return at most this many values. */
export const MAX_TAXONOMY_TERMS = 10_000;

export const DEFAULT_PAGE = 1;
export const DEFAULT_PER_PAGE = 20;

/** `assignees=none` finds the unassigned cases. */
export const NO_ASSIGNEES_FILTER = 'none';

// ---------------------------------------------------------------------------------------------
// Saved-object types (Kibana's names)
// ---------------------------------------------------------------------------------------------

export const CASE_SAVED_OBJECT = 'cases';
export const CASE_COMMENT_SAVED_OBJECT = 'cases-comments';
export const CASE_USER_ACTION_SAVED_OBJECT = 'cases-user-actions';
export const CASE_ID_INCREMENTER_SAVED_OBJECT = 'cases-incrementing-id';
export const CASE_CONFIGURE_SAVED_OBJECT = 'cases-configure';
/** The reference name comments and user actions give their case. */
export const CASE_REF_NAME = 'associated-cases';

// ---------------------------------------------------------------------------------------------
// URL paths (without the `/s/{spaceId}` prefix, which every route also answers under)
// ---------------------------------------------------------------------------------------------

export const CASES_URL = '/api/cases';
export const CASE_FIND_URL = `${CASES_URL}/_find`;
export const CASE_DETAILS_URL = `${CASES_URL}/{case_id}`;
export const CASE_RESOLVE_URL = `${CASE_DETAILS_URL}/resolve`;
export const CASE_TAGS_URL = `${CASES_URL}/tags`;
export const CASE_REPORTERS_URL = `${CASES_URL}/reporters`;
export const CASE_COMMENTS_URL = `${CASE_DETAILS_URL}/comments`;
export const CASE_FIND_ATTACHMENTS_URL = `${CASE_COMMENTS_URL}/_find`;
export const CASE_COMMENT_DETAILS_URL = `${CASE_COMMENTS_URL}/{comment_id}`;
export const CASE_USER_ACTIONS_URL = `${CASE_DETAILS_URL}/user_actions`;
export const CASE_FIND_USER_ACTIONS_URL = `${CASE_USER_ACTIONS_URL}/_find`;
/** This server's OpenAPI document (docs/openapi.yaml), as JSON. */
export const CASES_OPENAPI_URL = `${CASES_URL}/_openapi`;

export const CASES_INTERNAL_URL = '/internal/cases';
export const CASE_CONFIGURE_URL = `${CASES_URL}/configure`;
export const CASE_CONFIGURE_DETAILS_URL = `${CASE_CONFIGURE_URL}/{configuration_id}`;
export const INTERNAL_BULK_GET_CASES_URL = `${CASES_INTERNAL_URL}/_bulk_get`;
export const INTERNAL_GET_CASE_CATEGORIES_URL = `${CASES_INTERNAL_URL}/categories`;
export const INTERNAL_CASE_METRICS_URL = `${CASES_INTERNAL_URL}/metrics`;
export const INTERNAL_SUGGEST_USER_PROFILES_URL = `${CASES_INTERNAL_URL}/_suggest_user_profiles`;
/** Who reported, is assigned, was assigned and acted on one case: its Participants list. */
export const INTERNAL_CASE_USERS_URL = `${CASES_INTERNAL_URL}/{case_id}/_users`;
export const CASE_ALERTS_URL = `${CASE_DETAILS_URL}/alerts`;
export const CASES_BY_ALERT_URL = `${CASES_URL}/alerts/{alert_id}`;
export const INTERNAL_BULK_CREATE_ATTACHMENTS_URL = `${CASES_INTERNAL_URL}/{case_id}/attachments/_bulk_create`;
export const INTERNAL_CASES_BY_ATTACHMENTS_URL = `${CASES_INTERNAL_URL}/case/attachments/_find_containing_all`;
export const INTERNAL_CASE_SEARCH_URL = `${CASES_INTERNAL_URL}/_search`;
export const INTERNAL_PUT_CUSTOM_FIELD_URL = `${CASES_INTERNAL_URL}/{case_id}/custom_fields/{custom_field_id}`;
/** How many of an owner's cases hold a value for a custom field (the Settings page, before a deletion). */
export const INTERNAL_CUSTOM_FIELD_USAGE_URL = `${CASES_INTERNAL_URL}/configure/custom_fields/{key}/_usage`;
/** The caps an admin may have raised with `xpack.cases.configure.*`: the Settings page's "Add" buttons follow them. */
export const INTERNAL_CONFIGURE_LIMITS_URL = `${CASES_INTERNAL_URL}/configure/_limits`;
export const INTERNAL_SINGLE_CASE_METRICS_URL = `${INTERNAL_CASE_METRICS_URL}/{case_id}`;
/** The case view's paged Alerts and Events tabs, with live fields read from the documents. */
export const INTERNAL_CASE_ALERTS_FIND_URL = `${CASES_INTERNAL_URL}/{case_id}/alerts/_find`;
export const INTERNAL_CASE_EVENTS_FIND_URL = `${CASES_INTERNAL_URL}/{case_id}/events/_find`;
/** Removes alert ids from a case: from the attachments that hold them, and the case from their documents. */
export const INTERNAL_CASE_ALERTS_DELETE_URL = `${CASES_INTERNAL_URL}/{case_id}/alerts/_delete`;
/** The alerts source (ours): ingest, the Alerts and Events pages, sample data. */
export const ALERTS_INGEST_URL = '/api/alerts/_ingest';
export const EVENTS_INGEST_URL = '/api/events/_ingest';
export const INTERNAL_ALERTS_FIND_URL = '/internal/alerts/_find';
export const INTERNAL_EVENTS_FIND_URL = '/internal/events/_find';
export const INTERNAL_ALERTS_SAMPLE_DATA_URL = '/internal/alerts/_sample_data';
/** Kibana's detection engine route that sets alerts' workflow status: scripts that use it work here. */
export const DETECTION_ENGINE_SIGNALS_STATUS_URL = '/api/detection_engine/signals/status';
export const INTERNAL_BULK_GET_USER_PROFILES_URL = '/internal/security/user_profile/_bulk_get';
/** Lens-style visualizations: the sources a chart may read, and the table of one chart's data. */
export const INTERNAL_VISUALIZATION_DATA_SOURCES_URL = `${CASES_INTERNAL_URL}/visualizations/data_sources`;
export const INTERNAL_VISUALIZATION_QUERY_URL = `${CASES_INTERNAL_URL}/visualizations/_query`;

// ---------------------------------------------------------------------------------------------
// Files and observables (Kibana's common/constants/files.ts and observables.ts)
// ---------------------------------------------------------------------------------------------

/** Per file; images have their own, lower cap. Both configurable (`xpack.cases.files.*`). */
export const MAX_FILE_SIZE = 100 * 1024 * 1024;
export const MAX_IMAGE_FILE_SIZE = 10 * 1024 * 1024;
export const MAX_FILES_PER_CASE = 100;
/** The bulk delete of files takes 1 to this many ids. */
export const MAX_DELETE_FILES = 10;
export const MAX_FILENAME_LENGTH = 160;
/** The `externalReferenceAttachmentTypeId` of a file attachment. */
export const FILE_ATTACHMENT_TYPE = '.files';
/** Per case; configurable (`xpack.cases.observables.maxPerCase`) up to the ceiling below, which also bounds a bulk request. */
export const MAX_OBSERVABLES_PER_CASE = 50;
export const MAX_OBSERVABLES_PER_CASE_SETTING = 10_000;
/** The ceiling an admin may raise `xpack.cases.files.maxPerCase` to. */
export const MAX_FILES_PER_CASE_SETTING = 10_000;
export const MAX_OBSERVABLE_VALUE_LENGTH = 2048;
export const MAX_OBSERVABLE_DESCRIPTION_LENGTH = 1024;
/** The description of an observable the server extracted from an alert or event (Kibana's marker). */
export const AUTO_EXTRACT_OBSERVABLE_DESCRIPTION = 'Auto extracted observable';
/** The `externalReferenceAttachmentTypeId` of a threat-intelligence indicator (Kibana's Threat Intelligence plugin). */
export const INDICATOR_ATTACHMENT_TYPE = 'indicator';
/** The `persistableStateAttachmentTypeId` of a Lens visualization (Kibana's `.lens`). */
export const LENS_ATTACHMENT_TYPE = '.lens';
/** Kibana's cap on a case's persistable-state attachments (it shares it with non-file external references). */
export const MAX_PERSISTABLE_STATE_ATTACHMENTS = 100;

export const CASE_FILES_URL = '/api/cases/{case_id}/files';
/** Ours (Kibana lists a case's files through its Files plugin): the listing, paged and searched by name. */
export const INTERNAL_CASE_FILES_URL = '/internal/cases/{case_id}/files';
/** Ours: the bytes of one file, always as a download. */
export const INTERNAL_CASE_FILE_DOWNLOAD_URL = '/internal/cases/{case_id}/files/{file_id}/download';
export const INTERNAL_DELETE_FILE_ATTACHMENTS_URL = '/internal/cases/{case_id}/attachments/files/_bulk_delete';
export const INTERNAL_CASE_OBSERVABLES_URL = '/internal/cases/{case_id}/observables';
export const INTERNAL_BULK_CREATE_CASE_OBSERVABLES_URL = '/internal/cases/{case_id}/observables/_bulk_create';
export const INTERNAL_CASE_OBSERVABLE_URL = '/internal/cases/{case_id}/observables/{observable_id}';
export const INTERNAL_CASE_SIMILAR_CASES_URL = '/internal/cases/{case_id}/_similar';
/** Ours: "where else have we seen this value?" across the cases of a space. */
export const INTERNAL_OBSERVABLES_SEARCH_URL = '/internal/cases/observables/_search';
/** Push a case to an external system through one connector (Kibana's). */
export const CASE_PUSH_URL = `${CASE_DETAILS_URL}/connector/{connector_id}/_push`;
/** The connectors ever set on a case, with "needs update" per connector (Kibana's). */
export const INTERNAL_CONNECTORS_URL = `${CASES_INTERNAL_URL}/{case_id}/_connectors`;
/** The connectors cases can push to (Kibana's). */
export const CASE_CONFIGURE_CONNECTORS_URL = `${CASE_CONFIGURE_URL}/connectors`;
export const CASE_FIND_CONNECTORS_URL = `${CASE_CONFIGURE_CONNECTORS_URL}/_find`;
/** The most connectors `GET /api/cases/configure/connectors/_find` returns (Kibana's OpenAPI `maxItems`). */
export const MAX_CASE_CONNECTORS = 1000;
