/**
 * Gets an ingested indicator ready to store: the name Kibana's Threat Intelligence would show
 * and an id when the document brings none, then the checks every ingested document passes
 * (validate_document.ts) plus the one an indicator needs: its type.
 */
import { createHash } from 'node:crypto';
import { computeIndicatorName, firstText, INDICATOR_FIELDS } from '../../common/indicators/indicator_fields';
import { validateDocument, type ValidatedDocument } from '../alerts/validate_document';
import type { DocumentIndexDefinition } from '../core';

const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u);

/** Kibana writes ECS with dotted keys as often as nested: a new field follows the form the document uses. */
const usesDottedKeys = (document: Record<string, unknown>): boolean => Object.keys(document).some((key) => key.startsWith('threat.'));

function withField(document: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  if (usesDottedKeys(document)) return { ...document, [path]: value };
  const copy = structuredClone(document);
  const parts = path.split('.');
  let level = copy;
  for (const part of parts.slice(0, -1)) {
    const next = level[part];
    if (!isRecord(next)) {
      // A scalar where an object belongs: leave the document as sent and let validation speak.
      if (next !== undefined) return document;
      level[part] = {};
    }
    level = level[part] as Record<string, unknown>;
  }
  level[parts[parts.length - 1]] = value;
  return copy;
}

/** Stable across ingests of the same indicator: the feed, type and name are what make it one. */
export const derivedIndicatorId = (feed: string, type: string, name: string): string =>
  createHash('sha256').update(`${feed}\u0000${type}\u0000${name}`).digest('hex').slice(0, 40);

export function prepareIndicator(input: unknown, definition: DocumentIndexDefinition): ValidatedDocument {
  if (!isRecord(input)) return validateDocument(input, { definition, alert: false });
  const type = firstText(input, INDICATOR_FIELDS.type);
  const ownId = firstText(input, INDICATOR_FIELDS.id);
  if (type === undefined) return { ok: false, id: ownId ?? null, reason: `[${INDICATOR_FIELDS.type}] must be a non-empty string` };
  let document = input;
  const name = firstText(input, INDICATOR_FIELDS.name) ?? computeIndicatorName(input, ownId);
  if (name !== undefined && firstText(input, INDICATOR_FIELDS.name) === undefined) document = withField(document, INDICATOR_FIELDS.name, name);
  if (ownId === undefined && name !== undefined) {
    document = withField(document, INDICATOR_FIELDS.id, derivedIndicatorId(firstText(input, INDICATOR_FIELDS.feed) ?? '', type, name));
  }
  return validateDocument(document, { definition, alert: false });
}
