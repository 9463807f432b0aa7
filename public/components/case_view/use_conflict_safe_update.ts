/**
 * Every edit on the case view goes through here, so that a stale `version` (HTTP 409: someone
 * else changed the case since it was read) never costs the user what they typed. On 409 the
 * case is read again, the edit is kept as a pending change that the field keeps showing, and
 * the page offers to send it again against the fresh version.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CasePatchRequest } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import { casesQueryKeys } from '../../containers/query_keys';
import { useUpdateComment } from '../../containers/use_comment_mutations';
import { useUpdateCases } from '../../containers/use_update_cases';
import { useCore } from '../../core';

export interface PendingEdit {
  /** Names the field (`title`, `status`, `comment:<id>`) so that field can show the pending value. */
  field: string;
  /** How the callout names what was not saved: "title", "comment". */
  label: string;
  /** What the user asked for, kept across the re-read of the case. */
  value: unknown;
  /** Sends the edit against one read of the case: its version, its comments' versions. */
  send: (current: Case) => Promise<unknown>;
  /** Runs once the edit is saved, first time or on re-apply: editors close here, not before. */
  onApplied?: () => void;
}

export type EditOutcome = 'applied' | 'conflict' | 'error';

export type CaseFieldChanges = Omit<CasePatchRequest, 'id' | 'version'>;

/**
 * An editor passes a getter so that "apply again" sends what is in the editor at that moment,
 * including what was typed after the conflict was reported.
 */
type Latest<T> = T | (() => T);
const read = <T,>(value: Latest<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

export function isVersionConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: unknown }).statusCode === 409;
}

export interface ConflictSafeUpdate {
  /** The edit that met a newer version of the case, if any. */
  conflict: PendingEdit | null;
  run: (edit: PendingEdit) => Promise<EditOutcome>;
  /** A PATCH of case fields with the version the case was read at. */
  updateCase: (field: string, label: string, changes: Latest<CaseFieldChanges>, onApplied?: () => void) => Promise<EditOutcome>;
  updateComment: (commentId: string, text: Latest<string>, onApplied?: () => void) => Promise<EditOutcome>;
  reapply: () => Promise<EditOutcome | undefined>;
  dismiss: () => void;
  isSaving: (field: string) => boolean;
  /** The value a field should show while its edit is pending after a conflict. */
  pendingValue: <T>(field: string) => T | undefined;
}

export function useConflictSafeUpdate(caseData: Case): ConflictSafeUpdate {
  const { toasts } = useCore();
  const queryClient = useQueryClient();
  const { mutateAsync: patchCases } = useUpdateCases();
  const { mutateAsync: patchComment } = useUpdateComment(caseData.id);
  const [conflict, setConflict] = useState<PendingEdit | null>(null);
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const caseKey = casesQueryKeys.case(caseData.id);

  // The query cache holds the freshest read (a re-apply must use the version fetched after the
  // 409); the rendered case is the fallback when the cache was cleared.
  const rendered = useRef(caseData);
  rendered.current = caseData;
  const readCase = useCallback(() => queryClient.getQueryData<Case>(caseKey) ?? rendered.current, [queryClient, caseKey]);

  const markSaving = useCallback((field: string, on: boolean) => {
    setSaving((current) => {
      const next = new Set(current);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });
  }, []);

  const run = useCallback(
    async (edit: PendingEdit): Promise<EditOutcome> => {
      markSaving(edit.field, true);
      try {
        await edit.send(readCase());
        setConflict((current) => (current?.field === edit.field ? null : current));
        edit.onApplied?.();
        return 'applied';
      } catch (error) {
        if (isVersionConflict(error)) {
          // The mutations refresh the caches when they settle, but the fresh version must be in
          // hand before the user can press "apply again".
          await queryClient.refetchQueries({ queryKey: caseKey, exact: true });
          setConflict(edit);
          return 'conflict';
        }
        toasts.addError(error, { title: `Could not save the ${edit.label}` });
        return 'error';
      } finally {
        markSaving(edit.field, false);
      }
    },
    [caseKey, markSaving, queryClient, readCase, toasts],
  );

  const updateCase = useCallback(
    (field: string, label: string, changes: Latest<CaseFieldChanges>, onApplied?: () => void) =>
      run({
        field,
        label,
        value: read(changes)[field as keyof CaseFieldChanges],
        onApplied,
        send: async (current) => {
          const [updated] = await patchCases([{ id: current.id, version: current.version, ...read(changes) }]);
          // A PATCH answers without comments; keeping the new version in the cache at once lets
          // the next edit go out before the refetch lands without meeting our own change as a 409.
          if (updated) queryClient.setQueryData<Case>(caseKey, (old) => (old ? { ...old, ...updated, comments: old.comments } : old));
        },
      }),
    [caseKey, patchCases, queryClient, run],
  );

  const updateComment = useCallback(
    (commentId: string, text: Latest<string>, onApplied?: () => void) =>
      run({
        field: `comment:${commentId}`,
        label: 'comment',
        value: read(text),
        onApplied,
        send: async (current) => {
          const comment = current.comments.find((c) => c.id === commentId);
          if (!comment) throw new Error('This comment was deleted by someone else.');
          const updated = await patchComment({ id: commentId, version: comment.version, type: 'user', comment: read(text), owner: comment.owner });
          if (updated) queryClient.setQueryData<Case>(caseKey, updated);
        },
      }),
    [caseKey, patchComment, queryClient, run],
  );

  const reapply = useCallback(async () => (conflict ? run(conflict) : undefined), [conflict, run]);
  const dismiss = useCallback(() => setConflict(null), []);
  const isSaving = useCallback((field: string) => saving.has(field), [saving]);
  const pendingValue = useCallback(<T,>(field: string) => (conflict?.field === field ? (conflict.value as T) : undefined), [conflict]);

  return { conflict, run, updateCase, updateComment, reapply, dismiss, isSaving, pendingValue };
}
