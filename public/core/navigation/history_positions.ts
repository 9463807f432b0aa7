/**
 * Where each entry of this tab's session history sits, counted from the page's first entry.
 *
 * A popstate says where the browser went, never from where nor by how many steps; undoing a Back
 * or Forward without growing the history needs that distance (history.go(-distance)). The shell
 * and the apps' routers both push, so the shell stamps every entry as it is written: pushState and
 * replaceState carry a position in their state object, as the `history` library behind Kibana's
 * ScopedHistory keys its entries. Routers keep their own fields; the stamp is one more field.
 */

const POSITION_KEY = '__shellHistoryPosition';

export interface HistoryMove {
  /** Position of the entry the page was on before the last popstate. */
  from: number;
  /** Position of the entry it is on now. */
  to: number;
}

export interface HistoryPositions {
  /** The position of the current entry. */
  current(): number;
  /** The move the latest popstate made; read inside a popstate listener. */
  lastMove(): HistoryMove;
}

const trackers = new WeakMap<Window, HistoryPositions>();

function positionOf(state: unknown): number | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const position = (state as Record<string, unknown>)[POSITION_KEY];
  return typeof position === 'number' ? position : undefined;
}

function stamp(state: unknown, position: number): unknown {
  // A state that is not an object (a string, say) cannot carry the stamp; the move it makes is
  // then read as one step, which is what a fragment link or a push is.
  if (state === null || state === undefined) return { [POSITION_KEY]: position };
  if (typeof state !== 'object' || Array.isArray(state)) return state;
  return { ...(state as Record<string, unknown>), [POSITION_KEY]: position };
}

/** One tracker per window: every shell on the page (tests make several) reads the same positions. */
export function trackHistoryPositions(win: Window): HistoryPositions {
  const existing = trackers.get(win);
  if (existing) return existing;

  const { history } = win;
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  // After a reload the entry keeps its stamp, so positions stay true across the whole session.
  let position = positionOf(history.state) ?? 0;
  let move: HistoryMove = { from: position, to: position };
  replace(stamp(history.state, position), '');

  history.pushState = (state: unknown, unused: string, url?: string | URL | null) => {
    position += 1;
    push(stamp(state, position), unused, url);
  };
  history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => {
    replace(stamp(state, position), unused, url);
  };
  // Registered before any shell or router listens, so every popstate listener reads the move.
  win.addEventListener('popstate', () => {
    const arrived = positionOf(history.state);
    move = { from: position, to: arrived ?? position + 1 };
    position = move.to;
    // An entry the page did not write (a fragment link) is stamped on arrival.
    if (arrived === undefined) replace(stamp(history.state, position), '');
  });

  const tracker: HistoryPositions = { current: () => position, lastMove: () => move };
  trackers.set(win, tracker);
  return tracker;
}
