import { type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from './draft_storage';

interface DraftState<T> {
  key: string;
  /** `undefined`: no draft, the editor shows `saved`. */
  draft: T | undefined;
}

/**
 * State that is also kept under `key` in sessionStorage: it starts from the stored draft when
 * there is one, and each change is stored until `discard` (sent, saved or thrown away). While
 * there is no draft the value is `saved` (what the server has, or empty), and a draft equal to it
 * is nothing to keep, so the key is removed rather than stored.
 */
export function useSessionDraft<T>(key: string, saved: T): [T, (value: SetStateAction<T>) => void, () => void] {
  const [state, setState] = useState<DraftState<T>>(() => ({ key, draft: readDraft<T>(key) }));
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const savedJson = JSON.stringify(saved);

  // Another case in the same mounted page: its own draft, not this one's text.
  let current = state;
  if (state.key !== key) {
    current = { key, draft: readDraft<T>(key) };
    setState(current);
  }

  useEffect(() => {
    if (current.key !== key) return;
    if (current.draft === undefined || JSON.stringify(current.draft) === savedJson) removeDraft(key);
    else writeDraft(key, current.draft);
  }, [key, current, savedJson]);

  const setValue = useCallback((next: SetStateAction<T>) => {
    setState((prev) => {
      const base = prev.draft ?? savedRef.current;
      return { key: prev.key, draft: typeof next === 'function' ? (next as (value: T) => T)(base) : next };
    });
  }, []);
  const discard = useCallback(() => {
    removeDraft(key);
    setState({ key, draft: undefined });
  }, [key]);

  return [current.draft ?? saved, setValue, discard];
}
