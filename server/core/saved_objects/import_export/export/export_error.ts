/**
 * Kibana's export errors: a 400 whose body carries, besides the message, `attributes` that say
 * which objects were at fault (`{ objects }` for a fetch error, `{ objectKeys }` for a hook that
 * dropped objects). Thrown before the first byte of an export; the route answers it as Kibana's.
 */
import { type ErrorBody, HttpError } from '../../../errors';

export class ExportError extends HttpError {
  /** Kibana's error type (`export-size-exceeded`, `object-fetch-error`, ...): for logs and tests. */
  readonly type: string;
  readonly attributes?: Record<string, unknown>;

  constructor(type: string, message: string, attributes?: Record<string, unknown>) {
    super(400, message);
    this.name = 'ExportError';
    this.type = type;
    this.attributes = attributes;
  }

  override toBody(): ErrorBody & { attributes?: Record<string, unknown> } {
    return this.attributes === undefined ? super.toBody() : { ...super.toBody(), attributes: this.attributes };
  }
}

export const isExportError = (error: unknown): error is ExportError => error instanceof ExportError;

/** A type export that found more objects than the server exports at once. */
export const exportSizeExceeded = (limit: number) =>
  new ExportError(
    'export-size-exceeded',
    `Can't export more than ${limit} objects. If your server has enough memory, this limit can be increased by adjusting the "savedObjects.maxImportExportSize" setting.`,
  );

/** Requested objects that could not be read (absent from the space): each with its error, as bulkGet answers them. */
export const objectFetchError = (objects: Array<{ type: string; id: string; error: { statusCode: number; error: string; message: string } }>) =>
  new ExportError('object-fetch-error', 'Error fetching objects to export', { objects });

/** A type's `onExport` threw: the objects it was given (by type and id) and why. */
export const objectTransformError = (objects: Array<{ type: string; id: string }>, cause: unknown) =>
  new ExportError('object-transform-error', 'Error transforming objects to export', {
    objects: objects.map(({ type, id }) => ({ type, id })),
    cause: cause instanceof Error ? cause.message : String(cause),
  });

/** A type's `onExport` did not return every object it was given (`type:id` of those it dropped). */
export const invalidTransformError = (objectKeys: string[]) =>
  new ExportError('invalid-transform-error', 'Invalid transform performed on objects to export', { objectKeys });
