/**
 * The connectors platform, as Kibana's actions plugin offers it to plugins: connector types
 * registered during setup, connectors stored as `action` saved objects with encrypted secrets
 * (or declared in the configuration, read-only), outbound HTTP limited to the allowed hosts,
 * and execution that answers Kibana's result shape instead of throwing.
 *
 * A connector type is a registration in one place (DESIGN.md: registries, not unions): its
 * schemas, its checks beyond the schemas, and its sub-actions. Types never reach the network
 * on their own: they get a `ConnectorHttp` that applies the egress rules, TLS settings, the
 * timeout and the retry policy.
 */
import type * as t from 'io-ts';
import type { KibanaRequest } from '../http/types';
import type { Logger } from '../logging/types';
import type { AuthenticatedUser } from '../security/types';

/** Kibana's license levels; everything is available here, the field is kept for the wire shape. */
export type LicenseLevel = 'basic' | 'standard' | 'gold' | 'platinum' | 'enterprise';

/** Kibana's feature ids a connector type can serve (`supported_feature_ids`). */
export type ConnectorFeatureId = 'alerting' | 'cases' | 'uptime' | 'siem' | 'securitySolution' | 'generativeAIForSecurity';

/** The outbound rules every connector's traffic goes through (xpack.actions.allowedHosts). */
export interface EgressRules {
  /** Throws `EgressRefusedError` with Kibana's `target url "…" is not added …` message. */
  assertUrlAllowed(url: string): void;
  /** Throws with Kibana's `target hostname "…" is not added …` message (SMTP hosts, redirects). */
  assertHostAllowed(hostname: string): void;
  isUrlAllowed(url: string): boolean;
}

/** TLS of one request; unset keys fall back to xpack.actions.ssl and customHostSettings. */
export interface ConnectorTlsOptions {
  verificationMode?: 'none' | 'certificate' | 'full';
  /** PEM, one or more certificates. */
  ca?: string;
  /** Client certificate and key (PEM) or a PFX bundle, for `webhook-authentication-ssl`. */
  cert?: string;
  key?: string;
  pfx?: Buffer;
  passphrase?: string;
}

/** What xpack.actions says about one host (customHostSettings over the global ssl setting). */
export interface ConnectorHostSettings {
  verificationMode: 'none' | 'certificate' | 'full';
  /** PEM of extra certificate authorities for this host. */
  ca?: string;
  smtp?: { ignoreTLS?: boolean; requireTLS?: boolean };
}

export interface ConnectorHttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON (content-type set unless given); a string is sent as is. */
  body?: unknown;
  /** Basic authentication, sent as the Authorization header. */
  auth?: { username: string; password: string };
  tls?: ConnectorTlsOptions;
  /** Milliseconds; the effective timeout is the larger of this and xpack.actions.responseTimeout. */
  timeoutMs?: number;
}

export interface ConnectorHttpResponse {
  status: number;
  statusText: string;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON when the response says it is JSON and parses; otherwise the text (or '' when empty). */
  data: unknown;
}

/**
 * Outbound HTTP for connector types. Resolves for 2xx; anything else rejects with a
 * `ConnectorHttpError` whose message is axios's (`Request failed with status code 404`), so a
 * type writes Kibana's `… Error: <message>. Reason: <from data>` texts. Redirects are followed
 * (at most 5), each hop checked against the allowed hosts. Responses past
 * xpack.actions.maxResponseContentLength are refused. Retries follow `RETRY_POLICY` (http_client.ts).
 */
export interface ConnectorHttp {
  request(request: ConnectorHttpRequest): Promise<ConnectorHttpResponse>;
}

/** Where checks beyond a schema run: creating or updating a connector, or reading a preconfigured one. */
export interface ConnectorValidationContext {
  egress: EgressRules;
}

/** What an executor receives. `request` and `user` are set when a user's request runs it (HTTP `_execute`, a push). */
export interface ConnectorExecutorOptions<Config, Secrets, Params> {
  connectorId: string;
  connectorName: string;
  config: Config;
  secrets: Secrets;
  params: Params;
  http: ConnectorHttp;
  egress: EgressRules;
  /** The TLS and SMTP settings that apply to a URL (xpack.actions.ssl, customHostSettings): for clients other than `http` (SMTP). */
  hostSettings(url: string): ConnectorHostSettings;
  logger: Logger;
  spaceId: string;
  request?: KibanaRequest;
  user?: AuthenticatedUser;
  /** Aborted when the caller's request ends; long calls should pass it on. */
  signal?: AbortSignal;
}

/**
 * One connector type. Schemas are strict io-ts decoders; their failures become Kibana's
 * `error validating action type config: …` (`secrets`, `params`) messages. `validate.config`
 * and `validate.secrets` throw `ConnectorValidationError` for rules a schema cannot say
 * (allowed hosts, a secret required by the chosen mode); `validate.connector` checks both together.
 * `execute` returns the result's `data`, or throws: a `ConnectorError` is reported with its
 * message as `service_message` (Kibana: `message: 'an error occurred while running the action'`).
 */
export interface ConnectorTypeDefinition<Config = unknown, Secrets = unknown, Params = unknown> {
  /** e.g. `.jira`. */
  id: string;
  /** e.g. `Jira`: the display name, also in error texts (`[Action][Jira]: …`). */
  name: string;
  minimumLicenseRequired: LicenseLevel;
  supportedFeatureIds: ConnectorFeatureId[];
  /** Kibana's system action types cannot be created through the API (`.cases`). False for `.case`. */
  isSystemActionType?: boolean;
  /** A one-line description for the connector types page. */
  description?: string;
  schema: {
    config: t.Decoder<unknown, Config>;
    secrets: t.Decoder<unknown, Secrets>;
    params: t.Decoder<unknown, Params>;
  };
  validate?: {
    config?(config: Config, context: ConnectorValidationContext): void;
    secrets?(secrets: Secrets, context: ConnectorValidationContext): void;
    connector?(config: Config, secrets: Secrets): string | null;
  };
  /** True when a stored connector of this type counts as deprecated (ServiceNow's table API). */
  isDeprecated?(config: Config): boolean;
  execute(options: ConnectorExecutorOptions<Config, Secrets, Params>): Promise<unknown>;
}

/** A connector as the actions client returns it (camelCase; the routes answer Kibana's snake_case). */
export interface Connector {
  id: string;
  name: string;
  actionTypeId: string;
  /** Absent for a preconfigured connector unless it sets `exposeConfig`. */
  config?: Record<string, unknown>;
  isPreconfigured: boolean;
  isDeprecated: boolean;
  isSystemAction: boolean;
  /** Absent for preconfigured connectors; true after an import until secrets are entered again. */
  isMissingSecrets?: boolean;
}

export interface ConnectorWithReferences extends Connector {
  /** Saved objects that reference the connector (a case's connector, a configuration's default). */
  referencedByCount: number;
}

/** A connector type as the types list returns it. */
export interface ConnectorTypeInfo {
  id: string;
  name: string;
  enabled: boolean;
  enabledInConfig: boolean;
  enabledInLicense: boolean;
  minimumLicenseRequired: LicenseLevel;
  supportedFeatureIds: ConnectorFeatureId[];
  isSystemActionType: boolean;
  isDeprecated: boolean;
  description?: string;
}

/** Kibana's execution result (`status: 'error'` is an answer, not an exception). */
export type ActionResult =
  | { status: 'ok'; actionId: string; data?: unknown }
  | { status: 'error'; actionId: string; message: string; serviceMessage?: string; retry: boolean | string | null; errorSource?: 'user' | 'framework'; data?: unknown };

export interface CreateConnectorInput {
  /** Chosen by the caller (Kibana's optional path id), else generated. */
  id?: string;
  name: string;
  actionTypeId: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

export interface UpdateConnectorInput {
  name: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

export interface ExecuteOptions {
  /** Kibana's execution source: which saved object asked (a case's push), for the log. */
  source?: { type: string; id: string };
  signal?: AbortSignal;
}

/**
 * Kibana's ActionsClient, bound to one space and caller. A scoped client authorizes every call
 * against the `actions` feature; the unsecured one is for plugins that authorized the work
 * themselves (a case's push is authorized by the cases `push` privilege).
 */
export interface ActionsClient {
  listTypes(featureId?: string): ConnectorTypeInfo[];
  create(input: CreateConnectorInput): Promise<Connector>;
  get(id: string): Promise<Connector>;
  /** Stored and preconfigured connectors of the space, with their reference counts, sorted by name. */
  getAll(): Promise<ConnectorWithReferences[]>;
  /** Unknown ids are skipped (no error), so a caller can show what still exists. */
  getBulk(ids: string[]): Promise<Connector[]>;
  update(id: string, input: UpdateConnectorInput): Promise<Connector>;
  delete(id: string): Promise<void>;
  execute(id: string, params: unknown, options?: ExecuteOptions): Promise<ActionResult>;
}

/** `CoreSetup.actions`: where plugins add their connector types (the cases plugin adds `.case`). */
export interface ActionsSetup {
  registerType<Config, Secrets, Params>(type: ConnectorTypeDefinition<Config, Secrets, Params>): void;
}

/** `CoreStart.actions`. */
export interface ActionsStart {
  /** The caller's client in the request's space, authorized by the `actions` feature. */
  getClient(request: KibanaRequest, user?: AuthenticatedUser): ActionsClient;
  /** For a plugin that authorized the work itself; executions still pass `request` and `user` to executors. */
  getUnsecuredClient(spaceId: string, context?: { request?: KibanaRequest; user?: AuthenticatedUser }): ActionsClient;
  /** Whether the id names a connector of the configuration: no saved object, in every space (a case may use one). */
  isPreconfigured(id: string): boolean;
}

/**
 * Kibana's notifications plugin email service: sends through the preconfigured `.email`
 * connector named by `notifications.connectors.default.email`. Absent when none is configured.
 */
export interface EmailService {
  sendPlainTextEmail(message: {
    to: string[];
    subject: string;
    message: string;
    messageHTML?: string;
    /** What the mail is about, for the log: `[{id, type: 'cases', namespace}]`. */
    context?: { relatedObjects?: Array<{ id: string; type: string; namespace?: string }> };
  }): Promise<void>;
}

export interface NotificationsStart {
  /** Undefined when no default email connector is configured. */
  email?: EmailService;
}
