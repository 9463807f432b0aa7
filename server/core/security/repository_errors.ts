import { isHttpError } from '../errors';

/** The repository signals a missing object (404) and an existing id (409) with HttpErrors; callers branch on them. */
export const isNotFound = (e: unknown): boolean => isHttpError(e) && e.statusCode === 404;
export const isConflict = (e: unknown): boolean => isHttpError(e) && e.statusCode === 409;
