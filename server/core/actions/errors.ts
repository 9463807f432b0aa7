/**
 * The errors of the connectors platform. Executors throw `ConnectorError` (or let a
 * `ConnectorHttpError` through); the executor wrapper turns either into Kibana's error result.
 * Validation errors become 400s with Kibana's `error validating action type …` texts.
 */

/** A failure the external system or the connector reports; its message goes to `service_message`. */
export class ConnectorError extends Error {
  /** Kibana's `retry` of the result: true unless the request can never succeed as sent. */
  readonly retry: boolean;
  constructor(message: string, options: { retry?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ConnectorError';
    this.retry = options.retry ?? true;
  }
}

/** A rule beyond the schema refused a config or secrets (allowed hosts, a missing secret). */
export class ConnectorValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorValidationError';
  }
}

/** A URL or host outside xpack.actions.allowedHosts. The message is Kibana's. */
export class EgressRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EgressRefusedError';
  }
}

/**
 * A non-2xx answer, a timeout or a network failure of `ConnectorHttp`. `message` follows axios
 * (`Request failed with status code 400`, `timeout of 60000ms exceeded`, `connect ECONNREFUSED …`)
 * because Kibana's connector error texts embed it.
 */
export class ConnectorHttpError extends Error {
  readonly status?: number;
  readonly statusText?: string;
  /** The parsed body of an error answer, as `ConnectorHttpResponse.data`. */
  readonly data?: unknown;
  /** `ECONNREFUSED`, `ETIMEDOUT`, `ECONNRESET`, ... for failures without an answer. */
  readonly code?: string;
  constructor(message: string, details: { status?: number; statusText?: string; data?: unknown; code?: string; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.name = 'ConnectorHttpError';
    this.status = details.status;
    this.statusText = details.statusText;
    this.data = details.data;
    this.code = details.code;
  }
}
