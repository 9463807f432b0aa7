import { type ReactNode } from 'react';

export interface Toast {
  id: string;
  title: string;
  text?: ReactNode;
  color: 'success' | 'danger' | 'warning' | 'primary';
  iconType?: string;
  'data-test-subj'?: string;
}

type ToastInput = Omit<Toast, 'id' | 'color'> | string;

/**
 * One toast list for the whole page: apps live in their own React roots, so they reach it
 * through this store rather than through context.
 */
export interface ToastsService {
  get(): Toast[];
  subscribe(listener: () => void): () => void;
  addSuccess(toast: ToastInput): Toast;
  addDanger(toast: ToastInput): Toast;
  addError(error: unknown, options: { title: string }): Toast;
  remove(id: string): void;
}

export function createToastsService(): ToastsService {
  let toasts: Toast[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();

  const set = (next: Toast[]) => {
    toasts = next;
    listeners.forEach((listener) => listener());
  };
  const add = (color: Toast['color'], input: ToastInput): Toast => {
    const fields = typeof input === 'string' ? { title: input } : input;
    const toast: Toast = { id: `toast-${++counter}`, color, ...fields };
    set([...toasts, toast]);
    return toast;
  };

  return {
    get: () => toasts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addSuccess: (input) => add('success', { iconType: 'check', ...(typeof input === 'string' ? { title: input } : input) }),
    addDanger: (input) => add('danger', { iconType: 'error', ...(typeof input === 'string' ? { title: input } : input) }),
    addError: (error, { title }) =>
      add('danger', { title, iconType: 'error', text: error instanceof Error ? error.message : String(error), 'data-test-subj': 'errorToast' }),
    remove: (id) => set(toasts.filter((toast) => toast.id !== id)),
  };
}
