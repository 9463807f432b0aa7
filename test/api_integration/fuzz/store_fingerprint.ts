/**
 * The whole store as one comparable value: every object of every registered type, in each
 * space the fuzz knows, by id and version (a version changes on every write). Two equal
 * fingerprints mean nothing was created, changed or deleted in between.
 */
import type { RunningRoot } from '../../../server/core';

const PAGE = 10_000;

export async function storeFingerprint(root: RunningRoot, namespaces: string[]): Promise<string> {
  const entries: string[] = [];
  for (const namespace of namespaces) {
    const found = await root.repository.find({ type: [...root.savedObjectTypes], namespace, perPage: PAGE });
    if (found.total > PAGE) throw new Error(`more than ${PAGE} objects in ${namespace}: the fingerprint would be partial`);
    for (const object of found.saved_objects) entries.push(`${namespace}/${object.type}/${object.id}@${object.version}`);
  }
  return entries.sort().join('\n');
}

/** What differs between two fingerprints, for the failure message. */
export function fingerprintDiff(before: string, after: string): string {
  const a = new Set(before.split('\n'));
  const b = new Set(after.split('\n'));
  const gone = [...a].filter((e) => !b.has(e)).map((e) => `- ${e}`);
  const added = [...b].filter((e) => !a.has(e)).map((e) => `+ ${e}`);
  return [...gone, ...added].slice(0, 10).join('\n');
}
