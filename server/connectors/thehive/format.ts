/**
 * TheHive: the case's TLP, its severity on TheHive's 1–4 scale and its tags. TheHive shows
 * severity and status, so a change of either makes a pushed case need a new push.
 */
import type { CasePushFormat } from '../types';
import { fieldOf } from '../connector_fields';

/** TheHive's severities: 1 low, 2 medium, 3 high, 4 critical. */
const THE_HIVE_SEVERITY: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };
const DEFAULT_SEVERITY = 2;

/** The analyst's TLP; an older case may hold it as a numeric string. */
function tlpOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isInteger(Number(value))) return Number(value);
  return null;
}

export const theHiveFormat: CasePushFormat = {
  type: '.thehive',
  mapping: { title: 'title', description: 'description', tags: 'tags', comments: 'comments' },
  extraRelevantUserActions: ['status', 'severity'],
  format: (theCase) => ({
    tlp: tlpOf(fieldOf<unknown>(theCase, 'tlp')),
    severity: THE_HIVE_SEVERITY[theCase.severity] ?? DEFAULT_SEVERITY,
    tags: theCase.tags,
  }),
};
