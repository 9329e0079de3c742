// Whether a chart should be drawn yet. Charts in (or near) the window draw at once; the ones further
// down the page wait until they scroll near, or until the browser is idle, so switching to a page paints
// what is in view without first laying out every SVG below it. Every chart is drawn soon after either way.
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the window a chart still counts as "in view". */
const NEAR = '200px';
/** The longest a chart out of view waits for an idle moment. */
const IDLE_TIMEOUT_MS = 1500;

export function useDrawWhenNear(ref: RefObject<HTMLElement | null>): boolean {
  const [draw, setDraw] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (draw || !element) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setDraw(true),
      {
        rootMargin: NEAR,
      },
    );
    observer.observe(element);
    const idle = requestIdleCallback(() => setDraw(true), { timeout: IDLE_TIMEOUT_MS });
    return () => {
      observer.disconnect();
      cancelIdleCallback(idle);
    };
  }, [ref, draw]);
  return draw;
}
