/**
 * A find's `fields`: only the named attributes (`title`, `settings.syncAlerts`) come back.
 * Applied after migration, so a document read at an old version is projected in today's shape.
 */
export function projectAttributes(attributes: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const path = field.split('.');
    let source: unknown = attributes;
    for (const key of path) {
      source = source !== null && typeof source === 'object' && !Array.isArray(source)
        ? (source as Record<string, unknown>)[key]
        : undefined;
    }
    if (source === undefined) continue;
    let target = out;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = source;
  }
  return out;
}
