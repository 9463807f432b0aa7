/**
 * Kibana's export order. A type export lists objects by id (plain string comparison); an
 * objects export keeps the order asked for, then whatever hooks and references brought, by id.
 * A last pass moves every object's references that are in the export before it (depth first,
 * in reference order, each object once), so an import that reads the file top-down meets a
 * referenced object before the objects pointing at it. Cycles are tolerated.
 */
export interface Keyed {
  type: string;
  id: string;
}

export interface WithReferences extends Keyed {
  references?: Keyed[];
}

/** `type:id`, Kibana's key of an object in export and import messages. */
export const objectKey = (object: Keyed): string => `${object.type}:${object.id}`;

/** Ids ascending; the type breaks the tie of two types sharing an id, so the order is total. */
export function byIdAscending(a: Keyed, b: Keyed): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return 0;
}

/** The order of `requested` first (its first mention counts), then the others by id ascending. */
export function preservedOrder(requested: Keyed[]): (a: Keyed, b: Keyed) => number {
  const position = new Map<string, number>();
  requested.forEach((object, i) => {
    const key = objectKey(object);
    if (!position.has(key)) position.set(key, i);
  });
  return (a, b) => {
    const pa = position.get(objectKey(a));
    const pb = position.get(objectKey(b));
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return byIdAscending(a, b);
  };
}

/**
 * `objects` (already in their first order) with each object's in-export references moved
 * before it. Iterative, so a long chain of references cannot overflow the stack. Duplicates
 * keep their first occurrence.
 */
export function referencesFirst<T extends WithReferences>(objects: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const object of objects) {
    const key = objectKey(object);
    if (!byKey.has(key)) byKey.set(key, object);
  }
  const traversed = new Set<string>();
  const sorted: T[] = [];
  for (const root of objects) {
    if (traversed.has(objectKey(root))) continue;
    traversed.add(objectKey(root));
    const stack: Array<{ object: T; next: number }> = [{ object: root, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const references = frame.object.references ?? [];
      if (frame.next < references.length) {
        const target = byKey.get(objectKey(references[frame.next++]));
        if (target && !traversed.has(objectKey(target))) {
          traversed.add(objectKey(target));
          stack.push({ object: target, next: 0 });
        }
      } else {
        stack.pop();
        sorted.push(frame.object);
      }
    }
  }
  return sorted;
}
