/** Saved-object errors with Kibana's messages, carried by the platform's one HttpError. */
import { HttpError, reasonPhrase, type ErrorBody } from '../errors';

export const savedObjectNotFound = (type: string, id: string) =>
  new HttpError(404, `Saved object [${type}/${id}] not found`);

export const savedObjectConflict = (type: string, id: string) =>
  new HttpError(409, `Saved object [${type}/${id}] conflict`);

export const unsupportedType = (type: string) => new HttpError(400, `Unsupported saved object type: '${type}'`);

export const invalidQuery = (message: string) => new HttpError(400, message);

/** The error carried by a failed bulk item. */
export const toItemError = (e: unknown): ErrorBody =>
  e instanceof HttpError
    ? e.toBody()
    : { statusCode: 500, error: reasonPhrase(500), message: 'An internal server error occurred.' };

/**
 * A stored document written by a newer build than this one. 422, as Kibana's document
 * migrator refuses such a document (Boom.badData): reading it as an older shape would lose
 * what the newer version added.
 */
export const newerModelVersion = (type: string, id: string, stored: number, latest: number) =>
  new HttpError(
    422,
    `Saved object [${type}/${id}] is at model version ${stored}, newer than the latest version this build knows ` +
      `for type [${type}], ${latest}`,
  );
