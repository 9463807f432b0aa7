/**
 * What an import (or a copy into one space) did, object by object, as the flyouts keep it while
 * conflicts are resolved: each retry's answer replaces what the first answer said of its objects.
 */
import { type ImportError, type ImportResponse, type ImportRetry, type ImportSuccess, type ImportWarning } from './types';

export interface Outcome {
  successes: ImportSuccess[];
  errors: ImportError[];
  /** Conflicts the user chose to leave as they are (`type:id`). */
  skipped: string[];
  warnings: ImportWarning[];
}

export const objectKey = (object: { type: string; id: string }) => `${object.type}:${object.id}`;

type Answer = Omit<ImportResponse, 'warnings'> & { warnings?: ImportWarning[] };

/**
 * A copy whose import failed as a whole answers Kibana's error payload in place of an object's
 * error: it is shown as an error of no object rather than dropped.
 */
function readErrors(answer: Answer): ImportError[] {
  return (answer.errors ?? []).map((error) => {
    if (error && typeof error === 'object' && 'error' in error && typeof error.error === 'object' && error.error !== null && 'type' in error.error) return error;
    const { message, statusCode } = (error ?? {}) as { message?: unknown; statusCode?: unknown };
    return {
      type: 'unknown',
      id: 'unknown',
      meta: {},
      error: { type: 'unknown', message: typeof message === 'string' ? message : 'The objects could not be imported', statusCode: typeof statusCode === 'number' ? statusCode : 500 },
    };
  });
}

export function outcomeOf(response: Answer): Outcome {
  return { successes: response.successResults ?? [], errors: readErrors(response), skipped: [], warnings: response.warnings ?? [] };
}

export function isConflict(error: ImportError): boolean {
  return error.error.type === 'conflict' || error.error.type === 'ambiguous_conflict';
}

/** Conflicts still waiting for a decision. */
export function pendingConflicts(outcome: Outcome): ImportError[] {
  return outcome.errors.filter((error) => isConflict(error) && !outcome.skipped.includes(objectKey(error)));
}

export function skip(outcome: Outcome, error: ImportError): Outcome {
  return { ...outcome, skipped: [...outcome.skipped, objectKey(error)] };
}

/** The answer to a retry of `retries`: their errors go, what the retry answered comes in. */
export function applyRetryAnswer(outcome: Outcome, retries: ImportRetry[], answer: Answer): Outcome {
  const retried = new Set(retries.map(objectKey));
  const answered = new Set((answer.successResults ?? []).map(objectKey));
  return {
    successes: [...outcome.successes.filter((success) => !answered.has(objectKey(success))), ...(answer.successResults ?? [])],
    errors: [...outcome.errors.filter((error) => !retried.has(objectKey(error))), ...readErrors(answer)],
    skipped: outcome.skipped,
    warnings: [...outcome.warnings, ...(answer.warnings ?? [])],
  };
}

/** The retry that overwrites one conflict (an ambiguous one at the destination chosen). */
export function overwriteRetry(error: ImportError, destinationId?: string): ImportRetry {
  const target = destinationId ?? (error.error.type === 'conflict' ? error.error.destinationId : undefined);
  return { type: error.type, id: error.id, overwrite: true, ...(target ? { destinationId: target } : {}) };
}
