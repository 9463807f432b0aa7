/**
 * Unsent text kept in sessionStorage: it survives leaving the case and coming back (and a reload)
 * in this tab, and goes with the tab, so nothing typed outlives the session it was typed in.
 * Keys name the space and the case, as one browser may hold several of each.
 */

export type DraftField = 'comment' | 'description' | `comment.${string}`;

const PREFIX = 'cases.draft';

export function caseDraftKey(spaceId: string, caseId: string, field: DraftField): string {
  return `${PREFIX}.${spaceId}.${caseId}.${field}`;
}

export function createFormDraftKey(spaceId: string): string {
  return `${PREFIX}.${spaceId}.create`;
}

// Storage can be missing or full (private windows, quotas): a draft is a convenience, never a failure.
export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // see readDraft
  }
}

export function removeDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // see readDraft
  }
}

export function hasDraft(key: string): boolean {
  return readDraft<unknown>(key) !== undefined;
}
