/**
 * The one error type of the platform. Anything thrown with a status reaches the client as
 * Kibana's error body `{ statusCode, error, message }`; anything else becomes a 500 whose
 * details stay in the log.
 */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export const reasonPhrase = (statusCode: number): string => REASONS[statusCode] ?? 'Error';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export class HttpError extends Error {
  readonly statusCode: number;
  /** Extra response headers, e.g. `Retry-After` on 429 or `WWW-Authenticate` on 401. */
  readonly headers: Record<string, string>;

  constructor(statusCode: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.headers = headers;
  }

  toBody(): ErrorBody {
    return { statusCode: this.statusCode, error: reasonPhrase(this.statusCode), message: this.message };
  }
}

export const isHttpError = (e: unknown): e is HttpError => e instanceof HttpError;

export const badRequest = (message: string) => new HttpError(400, message);
export const unauthorized = (message = 'Unauthorized') => new HttpError(401, message);
export const forbidden = (message: string) => new HttpError(403, message);
export const notFound = (message = 'Not Found') => new HttpError(404, message);
export const conflict = (message: string) => new HttpError(409, message);
export const payloadTooLarge = (message: string) => new HttpError(413, message);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, message, { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
export const serviceUnavailable = (message: string) => new HttpError(503, message);
