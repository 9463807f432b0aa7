/**
 * Leave guards, as Kibana's `onAppLeave` and `history.block` are: a page with unsaved work
 * registers a guard that names what would be lost; every way out of the page (a link, the shell's
 * navigation, back and forward, closing the tab) asks first. The shell owns the one confirmation
 * modal, so two dirty editors on a page still ask once.
 */

/** Returns a message while leaving would lose work, `undefined` when leaving is safe. */
export type NavigationGuard = () => string | undefined;

export interface PendingLeave {
  message: string;
  confirm(): void;
  cancel(): void;
}

export interface NavigationGuards {
  register(guard: NavigationGuard): () => void;
  /** The first objection of a registered guard, if any. */
  check(): string | undefined;
  /** Runs `leave` now when no guard objects, else once the user confirms. */
  requestLeave(leave: () => void): void;
  /** The question the modal shows, while one is open. */
  getPending(): PendingLeave | undefined;
  subscribe(listener: () => void): () => void;
  /** Asks the browser's own question when the tab is closed or reloaded with unsaved work. */
  installBeforeUnload(win: Window): () => void;
}

export function createNavigationGuards(): NavigationGuards {
  const guards = new Set<NavigationGuard>();
  const listeners = new Set<() => void>();
  let pending: PendingLeave | undefined;
  // Set once the user has confirmed a leave, so a page load that follows does not ask twice;
  // cleared when an editor mounts, as there is new work to guard.
  let leaveConfirmed = false;

  const setPending = (next: PendingLeave | undefined) => {
    pending = next;
    listeners.forEach((listener) => listener());
  };

  const check = () => {
    for (const guard of guards) {
      const message = guard();
      if (message) return message;
    }
    return undefined;
  };

  return {
    register(guard) {
      guards.add(guard);
      leaveConfirmed = false;
      return () => {
        guards.delete(guard);
      };
    },
    check,
    requestLeave(leave) {
      const message = check();
      if (!message) {
        leave();
        return;
      }
      setPending({
        message,
        confirm: () => {
          setPending(undefined);
          leaveConfirmed = true;
          // The page's guards would object again to the leave they just allowed.
          const suspended = [...guards];
          guards.clear();
          try {
            leave();
          } finally {
            // A leave that stays in this page (an in-app route) unmounts the dirty editors, which
            // unregister themselves; the ones still mounted keep guarding.
            suspended.forEach((guard) => guards.add(guard));
          }
        },
        cancel: () => setPending(undefined),
      });
    },
    getPending: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    installBeforeUnload(win) {
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (leaveConfirmed) return;
        const message = check();
        if (!message) return;
        // Browsers show their own wording; both calls are needed across engines to ask at all.
        event.preventDefault();
        event.returnValue = message;
      };
      win.addEventListener('beforeunload', onBeforeUnload);
      return () => win.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
