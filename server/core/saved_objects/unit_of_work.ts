/**
 * What both backends check before a unit of work touches anything, and how a unit's counters
 * feed its creates. Checked up front so a malformed unit is a 400 that writes nothing on
 * every backend, not an error half-way through one of them.
 */
import { HttpError } from '../errors';
import type { UnitOfWorkOperation, UnitOfWorkResult } from './types';

const KINDS = new Set(['incrementCounter', 'create', 'update', 'delete']);

const objectKey = (type: string, id: string): string => `${type}\u0000${id}`;

/**
 * 400 for a unit the backends cannot apply as one step: an unknown kind, a counter name used
 * twice, a `counters` entry naming no earlier counter, or one object written twice (the
 * Elasticsearch backend journals each object's final document, so one write per object).
 */
export function checkUnit(operations: UnitOfWorkOperation[]): void {
  if (!Array.isArray(operations)) throw new HttpError(400, 'A unit of work is a list of operations');
  const counterNames = new Set<string>();
  const touched = new Set<string>();
  operations.forEach((op, index) => {
    if (!op || !KINDS.has(op.kind)) {
      throw new HttpError(400, `Unit of work operation ${index} has an unknown kind [${String(op?.kind)}]`);
    }
    if (op.kind === 'incrementCounter') {
      if (counterNames.has(op.name)) throw new HttpError(400, `Unit of work counter [${op.name}] is named twice`);
      counterNames.add(op.name);
      return;
    }
    if (op.kind === 'create') {
      for (const [attribute, name] of Object.entries(op.counters ?? {})) {
        if (!counterNames.has(name)) {
          throw new HttpError(400, `Attribute [${attribute}] of operation ${index} names no earlier counter [${name}]`);
        }
      }
      if (op.id === undefined) return;
    }
    const key = objectKey(op.type, op.id as string);
    if (touched.has(key)) {
      throw new HttpError(400, `Unit of work writes [${op.type}/${op.id}] more than once`);
    }
    touched.add(key);
  });
}

/** The attributes of a create, with the values of the counters it names set on top. */
export function withCounters(
  attributes: Record<string, unknown>,
  counters: Record<string, string> | undefined,
  values: ReadonlyMap<string, number>,
): Record<string, unknown> {
  if (!counters) return attributes;
  const resolved = { ...attributes };
  for (const [attribute, name] of Object.entries(counters)) {
    const value = values.get(name);
    // checkUnit guarantees the counter ran first; this guards a backend that forgot to record it.
    if (value === undefined) throw new HttpError(500, `Counter [${name}] has no value in this unit of work`);
    resolved[attribute] = value;
  }
  return resolved;
}

/** A counter's value as a result of the unit. */
export const counterResult = (name: string, value: number): UnitOfWorkResult => ({ kind: 'incrementCounter', name, value });
