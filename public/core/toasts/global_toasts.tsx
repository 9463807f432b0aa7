import { useSyncExternalStore } from 'react';
import { EuiGlobalToastList } from '@elastic/eui';
import { type ToastsService } from './toasts_service';

const TOAST_LIFETIME_MS = 6000;

export function GlobalToasts({ toasts }: { toasts: ToastsService }) {
  const list = useSyncExternalStore(toasts.subscribe, toasts.get);
  return (
    <EuiGlobalToastList
      data-test-subj="globalToastList"
      toasts={list}
      dismissToast={(toast) => toasts.remove(toast.id)}
      toastLifeTimeMs={TOAST_LIFETIME_MS}
    />
  );
}
