/**
 * An object's references as they must be written: a retry's `replaceReferences` first (Kibana's
 * order), then every reference to an object of the file that is written under another id.
 */
import type { SavedObjectReference } from '../../types';
import type { ImportRetry } from '../types';
import type { DestinationIds } from './regenerate_ids';

export function rewriteReferences(
  references: readonly SavedObjectReference[],
  ids: DestinationIds,
  replacements: ImportRetry['replaceReferences'] = [],
): SavedObjectReference[] {
  return references.map((reference) => {
    const replaced = replacements.find((r) => r.type === reference.type && r.from === reference.id);
    const id = ids.of(reference.type, replaced ? replaced.to : reference.id);
    return id === reference.id ? reference : { ...reference, id };
  });
}
