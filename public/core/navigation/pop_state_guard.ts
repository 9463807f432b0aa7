import { type HistoryPositions } from './history_positions';
import { type NavigationGuards } from './navigation_guards';

type Phase =
  /** Nothing in flight: a popstate is the user's Back or Forward. */
  | { kind: 'idle' }
  /** The browser is being taken back to the guarded entry; `distance` is the move to replay. */
  | { kind: 'returning'; distance: number }
  /** The user confirmed: the next popstate is the move itself, and the routers must hear it. */
  | { kind: 'leaving' };

/**
 * Back and Forward cannot be cancelled, only undone. While a guard objects, the move is walked back
 * with history.go(-distance) before any router hears of it (this listener is the first on the
 * window after the position tracker), the question is asked once the page is on its entry again,
 * and a confirmed leave walks the same distance with history.go(distance). Nothing is pushed, so
 * the history is the one the browser would have without the guard: Forward after a confirmed Back
 * returns to the page, and each "Stay" leaves it as long as it was.
 */
export function installPopStateGuard(win: Window, guards: NavigationGuards, positions: HistoryPositions): void {
  let phase: Phase = { kind: 'idle' };

  win.addEventListener('popstate', (event) => {
    const current = phase;
    if (current.kind === 'leaving') {
      phase = { kind: 'idle' };
      return;
    }
    if (current.kind === 'returning') {
      event.stopImmediatePropagation();
      phase = { kind: 'idle' };
      guards.requestLeave(() => {
        phase = { kind: 'leaving' };
        win.history.go(current.distance);
      });
      return;
    }
    const { from, to } = positions.lastMove();
    const distance = to - from;
    // The shell's own pushes announce themselves with a popstate that moves nothing.
    if (distance === 0 || !guards.check()) return;
    event.stopImmediatePropagation();
    phase = { kind: 'returning', distance };
    win.history.go(-distance);
  });
}
