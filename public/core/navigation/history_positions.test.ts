import { trackHistoryPositions } from './history_positions';

const popTo = async (go: () => void) => {
  const popped = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
  go();
  await popped;
};

describe('trackHistoryPositions', () => {
  const positions = trackHistoryPositions(window);

  it('is one tracker per window, however many shells ask', () => {
    expect(trackHistoryPositions(window)).toBe(positions);
  });

  it("stamps pushes and replaces while keeping the router's own state", () => {
    const start = positions.current();
    window.history.pushState({ usr: { from: 'list' }, key: 'abc', idx: 4 }, '', '/app/cases/case-1');
    expect(positions.current()).toBe(start + 1);
    window.history.replaceState({ usr: null, key: 'def', idx: 4 }, '', '/app/cases/case-1?sort=asc');
    expect(positions.current()).toBe(start + 1);
    expect(window.history.state).toMatchObject({ usr: null, key: 'def', idx: 4 });
  });

  it('reports how far a Back or Forward moved, from the stamps of the entries', async () => {
    const start = positions.current();
    window.history.pushState(null, '', '/app/cases/a');
    window.history.pushState(null, '', '/app/cases/b');
    await popTo(() => window.history.go(-2));
    expect(positions.lastMove()).toEqual({ from: start + 2, to: start });
    await popTo(() => window.history.forward());
    expect(positions.lastMove()).toEqual({ from: start, to: start + 1 });
    expect(positions.current()).toBe(start + 1);
  });
});
