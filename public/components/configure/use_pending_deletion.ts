import { useState } from 'react';
import type { ConfigurationChange } from './use_configuration_save';
import type { PageActions } from './page_actions';

/** The entry waiting for its confirmation, and the save that removes it once confirmed. */
export function usePendingDeletion<T>(actions: PageActions, removal: (item: T) => ConfigurationChange, what: string) {
  const [pending, setPending] = useState<T | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);
  const confirm = async () => {
    if (pending === null) return;
    setIsDeleting(true);
    await actions.saveFromPage(removal(pending), what);
    setIsDeleting(false);
    setPending(null);
  };
  return { pending, isDeleting, request: (item: T) => setPending(item), cancel: () => setPending(null), confirm: () => void confirm() };
}
