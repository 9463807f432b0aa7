import { useCallback, useState } from 'react';
import type { ConfigurationChange, SaveOutcome } from './use_configuration_save';

/**
 * A flyout's save: closes it once saved, and otherwise keeps it open with the outcome
 * (a conflict, or the server's refusal) for its callout, and its fields as typed.
 */
export function useFlyoutSave(save: (change: ConfigurationChange) => Promise<SaveOutcome>, onSaved: () => void) {
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const submit = useCallback(
    async (change: ConfigurationChange) => {
      setIsSaving(true);
      const result = await save(change);
      setIsSaving(false);
      if (result.status === 'saved') onSaved();
      else setOutcome(result);
    },
    [onSaved, save],
  );
  return { outcome, isSaving, submit };
}

/** The list with `item` in place of the entry of the same key, or appended when it is new. */
export function upsertByKey<T extends { key: string }>(list: readonly T[] | undefined, item: T): T[] {
  const current = list ?? [];
  return current.some((entry) => entry.key === item.key) ? current.map((entry) => (entry.key === item.key ? item : entry)) : [...current, item];
}
