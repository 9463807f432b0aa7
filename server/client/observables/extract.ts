/**
 * Auto-extraction (Kibana's extractObservables): once alerts or events are attached to a case
 * whose `settings.extractObservables` is on, the attached documents are read (one bulkGet per
 * family, in the case's space) and their ECS fields turned into observables. Values that do not
 * fit their type are skipped, not refused; pairs the case holds are skipped and the cap applies
 * silently; what is new is one write with one `observables` user action. Best effort: a failure
 * is logged at warn and never fails the attach, which is already durable.
 */
import { AUTO_EXTRACT_OBSERVABLE_DESCRIPTION } from '../../../common/constants';
import { isValidObservableValue } from '../../../common/observables/validators';
import type { ObservablePost } from '../../../common/types/api/observable';
import type { DocumentHit } from '../../core';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import type { CaseSavedObject } from '../../services/cases_service';
import { refsOf } from '../alerts/document_refs';
import type { CasesClientArgs } from '../types';
import { addingObservables, changeObservables } from './apply_observables';

const IP = 'ip';
const HASH_FIELDS = ['cdhash', 'md5', 'sha1', 'sha256', 'sha384', 'sha512', 'ssdeep', 'tlsh'];

/** Kibana's fields and the type each feeds; `ip` means IPv4 or IPv6, whichever the value parses as. */
export const ECS_OBSERVABLE_FIELDS: ReadonlyArray<{ field: string; typeKey: string }> = [
  { field: 'source.ip', typeKey: IP },
  { field: 'destination.ip', typeKey: IP },
  { field: 'host.name', typeKey: 'observable-type-hostname' },
  ...['file', 'process', 'dll'].flatMap((entity) => HASH_FIELDS.map((hash) => ({ field: `${entity}.hash.${hash}`, typeKey: 'observable-type-file-hash' }))),
  { field: 'file.path', typeKey: 'observable-type-file-path' },
  { field: 'dns.question.name', typeKey: 'observable-type-domain' },
  { field: 'agent.id', typeKey: 'observable-type-agent-id' },
];

/** A hostile document cannot make the walk deeper than this; ECS fields sit a few levels down. */
const MAX_DEPTH = 16;

/**
 * Every scalar of a document under its dotted path, whether it was written nested
 * (`{source: {ip}}`), dotted (`{'source.ip'}`) or both; arrays (of values or of objects) add
 * each element under the same path.
 */
export function flattenDocument(source: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, path, depth + 1);
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key, depth + 1);
    } else if (path && (typeof value === 'string' || typeof value === 'number')) {
      out.set(path, [...(out.get(path) ?? []), String(value)]);
    }
  };
  visit(source, '', 0);
  return out;
}

/** An address takes the type it parses as; anything else is no address. */
function ipTypeOf(value: string): string | undefined {
  if (isValidObservableValue('observable-type-ipv4', value)) return 'observable-type-ipv4';
  if (isValidObservableValue('observable-type-ipv6', value)) return 'observable-type-ipv6';
  return undefined;
}

/** The observables of some documents, in field order per document; invalid values dropped. */
export function observablesOfDocuments(sources: unknown[]): ObservablePost[] {
  const found: ObservablePost[] = [];
  for (const source of sources) {
    const fields = flattenDocument(source);
    for (const { field, typeKey } of ECS_OBSERVABLE_FIELDS) {
      for (const value of fields.get(field) ?? []) {
        const type = typeKey === IP ? ipTypeOf(value) : isValidObservableValue(typeKey, value) ? typeKey : undefined;
        if (type) found.push({ typeKey: type, value, description: AUTO_EXTRACT_OBSERVABLE_DESCRIPTION });
      }
    }
  }
  return found;
}

/** The attached documents, read from the space's alerts and events indices: one bulkGet per family. */
async function attachedDocuments(args: CasesClientArgs, written: AttachmentSavedObject[]): Promise<unknown[]> {
  const idsByFamily = new Map<'alerts' | 'events', Set<string>>();
  for (const so of written) {
    const spec = args.registries.attachments.get(so.attributes.type)?.documents;
    // Alerts and events only (Kibana's rule): other document families are not extracted from.
    if (!spec || (spec.family !== 'alerts' && spec.family !== 'events')) continue;
    const ids = idsByFamily.get(spec.family) ?? new Set<string>();
    for (const ref of refsOf(spec, so.attributes)) ids.add(ref.id);
    idsByFamily.set(spec.family, ids);
  }
  const sources: unknown[] = [];
  for (const [family, ids] of idsByFamily) {
    if (ids.size === 0) continue;
    // A document that is gone (or never was) is simply not read: there is nothing to extract from it.
    const hits: Array<DocumentHit | undefined> = await args.documents[family].bulkGet([...ids]);
    for (const hit of hits) if (hit) sources.push(hit._source);
  }
  return sources;
}

/** Runs extraction for a case the attach just wrote to; never throws. */
export async function extractObservablesAfterAttach(args: CasesClientArgs, theCase: CaseSavedObject, written: AttachmentSavedObject[]): Promise<void> {
  if (theCase.attributes.settings.extractObservables !== true) return;
  try {
    const candidates = observablesOfDocuments(await attachedDocuments(args, written));
    if (candidates.length === 0) return;
    // The attach's own authorization covers this write (Kibana asks for no more); the case is read
    // again because the attach moved its version.
    await changeObservables(args, theCase.id, (fresh) => addingObservables(args, fresh.attributes.observables ?? [], candidates), false);
  } catch (error) {
    args.logger?.warn({ err: error, caseId: theCase.id }, `Failed to extract observables for case ${theCase.id}: ${(error as Error)?.message ?? error}`);
  }
}
