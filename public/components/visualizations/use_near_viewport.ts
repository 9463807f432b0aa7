/**
 * Whether an element has come near the viewport: a case with fifty charts opens fast because
 * only the ones the analyst scrolls toward load their code and query their data. Once near, it
 * stays near: scrolling a chart away keeps it drawn rather than reload it on the way back.
 */
import { useEffect, useState, type RefCallback } from 'react';

/** How far outside the viewport a chart starts loading, so it is usually drawn by the time it shows. */
export const NEAR_VIEWPORT_MARGIN = '300px 0px';

export function useNearViewport<T extends Element>(rootMargin: string = NEAR_VIEWPORT_MARGIN): [RefCallback<T>, boolean] {
  // Without IntersectionObserver (jsdom, very old browsers) nothing can tell: load at once.
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [element, setElement] = useState<T | null>(null);

  useEffect(() => {
    if (isNear || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, isNear, rootMargin]);

  return [setElement, isNear];
}
