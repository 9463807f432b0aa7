/** Which fields of a patch differ from the case as stored (Kibana drops the others). */
import type { CasePatchRequest } from '../../../common/types/api/case';
import type { CaseAttributes } from '../../../common/types/domain/case';

/** Key-order-insensitive JSON, so `{a,b}` equals `{b,a}`; array order still counts. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Whether a value equals the stored one as changedFields judges it (a filled custom field list, say). */
export const sameAsStored = (value: unknown, stored: unknown): boolean => canonical(value) === canonical(stored);

export type CaseChanges = Partial<Omit<CasePatchRequest, 'id' | 'version'>>;

export function changedFields(current: CaseAttributes, patch: CasePatchRequest): CaseChanges {
  const { id: _id, version: _version, ...fields } = patch;
  const normalized: CaseChanges = {
    ...fields,
    ...(fields.title !== undefined ? { title: fields.title.trim() } : {}),
    ...(fields.description !== undefined ? { description: fields.description.trim() } : {}),
    ...(fields.category ? { category: fields.category.trim() } : {}),
    ...(fields.tags !== undefined ? { tags: fields.tags.map((tag) => tag.trim()) } : {}),
    ...(fields.assignees !== undefined ? { assignees: [...new Map(fields.assignees.map((a) => [a.uid, { uid: a.uid }])).values()] } : {}),
  };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(normalized)) {
    if (value === undefined) continue;
    if (canonical(value) !== canonical((current as Record<string, unknown>)[key])) changes[key] = value;
  }
  return changes as CaseChanges;
}
