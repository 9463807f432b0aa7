/**
 * Where each object of the file is written when not under its own id: a new id for every object
 * with `createNewCopies` (decided while indexing, so references to an object later in the file
 * are rewritten too), a retry's `destinationId`, or the one earlier copy an origin match found.
 * Objects written under their own id take no entry.
 */
const keyOf = (type: string, id: string) => `${type}:${id}`;

export class DestinationIds {
  private readonly ids = new Map<string, string>();

  set(type: string, id: string, destinationId: string): void {
    if (destinationId === id) this.ids.delete(keyOf(type, id));
    else this.ids.set(keyOf(type, id), destinationId);
  }

  /** The id the object is written under. */
  of(type: string, id: string): string {
    // Most imports move nothing: no key is built for each object and reference then.
    return this.ids.size === 0 ? id : (this.ids.get(keyOf(type, id)) ?? id);
  }
}

/** Pass one's hook for `createNewCopies`: every importable object of the file gets a new id. */
export const regenerateIds =
  (ids: DestinationIds, newId: () => string) =>
  (type: string, id: string): void =>
    ids.set(type, id, newId());
