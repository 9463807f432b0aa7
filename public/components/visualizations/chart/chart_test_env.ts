/**
 * jsdom has no layout and no canvas. The chart library sizes itself with a ResizeObserver and
 * draws on a canvas, but renders its legend, metric tiles and status as HTML: report a size to
 * it and a chart test can read what the user reads. The canvas context is "not implemented" in
 * jsdom (null, as a browser without canvas would give); stubbing it to null just keeps the log quiet.
 */
export const CHART_TEST_SIZE = { width: 640, height: 320 };

class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { ...CHART_TEST_SIZE, top: 0, left: 0, bottom: CHART_TEST_SIZE.height, right: CHART_TEST_SIZE.width, x: 0, y: 0 } };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

export function installChartTestEnvironment() {
  let original: unknown;
  beforeAll(() => {
    original = window.ResizeObserver;
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: SizedResizeObserver });
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterAll(() => {
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: original });
    jest.restoreAllMocks();
  });
}
