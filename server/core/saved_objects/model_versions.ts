/**
 * Model versions of a saved-object type: how they are declared, checked and named.
 *
 * Kibana stamps documents with `typeMigrationVersion`, a semver string. For model versions it
 * uses a "virtual" version whose major is 10 (`10.N.0` for model version N), so that every
 * model version sorts after the legacy 7.x/8.x migrations. The conversions live here so that
 * export and import speak Kibana's stamps while storage keeps a plain integer.
 */
import type { SavedObjectsModelVersion, SavedObjectsType } from './types';

/** Kibana's major for virtual versions. */
export const MODEL_VERSION_VIRTUAL_MAJOR = 10;

/** The version of a type that declares none, and of documents stored before versions existed. */
export const INITIAL_MODEL_VERSION = 1;

const VERSION_KEY = /^[1-9][0-9]*$/;

/**
 * Throws at setup when the declaration is unusable: keys must be the integers 1..N without
 * gaps, version 1 has nothing to migrate from, and every version says what it changed.
 */
export function validateModelVersions(type: SavedObjectsType): void {
  const versions = type.modelVersions;
  if (versions === undefined) return;
  const fail = (why: string) => {
    throw new Error(`Saved object type [${type.name}] has invalid modelVersions: ${why}`);
  };
  if (versions === null || typeof versions !== 'object' || Array.isArray(versions)) fail('expected an object keyed by version');
  const keys = Object.keys(versions);
  if (keys.length === 0) fail('declare at least version 1');
  const bad = keys.find((key) => !VERSION_KEY.test(key));
  if (bad !== undefined) fail(`[${bad}] is not a positive integer`);
  const numbers = keys.map(Number).sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1) fail(`versions must run 1..N without gaps, version ${i + 1} is missing`);
  });
  for (const n of numbers) checkVersion(n, (versions as Record<number, SavedObjectsModelVersion>)[n], fail);
}

function checkVersion(n: number, version: SavedObjectsModelVersion, fail: (why: string) => never): void {
  if (version === null || typeof version !== 'object') fail(`version ${n} must be an object`);
  if (typeof version.description !== 'string' || version.description.trim() === '') {
    fail(`version ${n} needs a description of what changed`);
  }
  if (version.migrate !== undefined && typeof version.migrate !== 'function') fail(`version ${n} migrate must be a function`);
  if (n === INITIAL_MODEL_VERSION && version.migrate !== undefined) fail('version 1 has no previous version to migrate from');
}

/** The version documents of this type are written and read at. */
export function latestModelVersion(type: SavedObjectsType): number {
  const versions = type.modelVersions;
  return versions ? Object.keys(versions).length : INITIAL_MODEL_VERSION;
}

/** `3` → `'10.3.0'`, the `typeMigrationVersion` Kibana writes for model version 3. */
export function modelVersionToVirtualVersion(modelVersion: number): string {
  if (!Number.isInteger(modelVersion) || modelVersion < 0) throw new Error(`Invalid model version [${modelVersion}]`);
  return `${MODEL_VERSION_VIRTUAL_MAJOR}.${modelVersion}.0`;
}

/**
 * `'10.3.0'` → `3`. Any other string (a legacy `8.8.0`, a malformed value) is not a model
 * version: undefined, so the caller decides what a pre-model-version document means.
 */
export function virtualVersionToModelVersion(version: string): number | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match || Number(match[1]) !== MODEL_VERSION_VIRTUAL_MAJOR || Number(match[3]) !== 0) return undefined;
  return Number(match[2]);
}

/** Documents of one type a backend migrates at start (in one transaction on SQLite); more are migrated on read. */
export const DEFAULT_BULK_MIGRATION_LIMIT = 5_000;

/** What a backend's start-time migration did for one type, for the log. */
export interface StartMigrationReport {
  type: string;
  migrated: number;
  failed: number;
  /** Older documents left for reads to migrate, because there were more than the limit. */
  deferred: number;
  /** Documents of a newer build than this one: reads of them are refused. */
  newer: number;
}
