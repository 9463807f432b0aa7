/**
 * The dotted fields of an alert back into one nested object, for the JSON view: analysts read
 * alerts as Elasticsearch stores them. A key whose prefix is already a value stays dotted
 * rather than overwriting it.
 */
export function nestFields(fields: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const path of Object.keys(fields).sort()) {
    const parts = path.split('.');
    let node = root;
    let placed = false;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node[parts[i]];
      if (next === undefined) node[parts[i]] = {};
      else if (next === null || typeof next !== 'object' || Array.isArray(next)) {
        node[parts.slice(i).join('.')] = fields[path];
        placed = true;
        break;
      }
      node = node[parts[i]] as Record<string, unknown>;
    }
    if (!placed) node[parts[parts.length - 1]] = fields[path];
  }
  return root;
}
