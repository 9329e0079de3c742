// Once the first screen is up and the app has nothing to do, the code of every other page is loaded,
// one page per idle moment, so a later first visit waits only for its data and its drawing. Only code:
// no service call is made ahead of a visit.
import { loadPageCode, pages } from './routes';

/** `index.html?prefetch=off` leaves every page's code to its first visit (the benchmark measures both). */
export const PAGE_PREFETCH_OFF = 'prefetch=off';
/** Set on <html> once every page's code is in (the benchmark waits for it before its first visits). */
export const PREFETCHED_ATTRIBUTE = 'data-pages-prefetched';

export function prefetchPageCode(): () => void {
  if (window.location.search.includes(PAGE_PREFETCH_OFF)) return () => undefined;
  const queue = pages.filter((p) => p.section !== null).map((p) => p.id);
  let idle = 0;
  let stopped = false;
  const next = () => {
    const id = queue.shift();
    if (stopped) return;
    if (id === undefined) {
      document.documentElement.setAttribute(PREFETCHED_ATTRIBUTE, '');
      return;
    }
    // A chunk that fails to load now is simply loaded again on the page's visit.
    void loadPageCode(id)
      .catch(() => undefined)
      .then(() => {
        idle = requestIdleCallback(next);
      });
  };
  idle = requestIdleCallback(next);
  return () => {
    stopped = true;
    cancelIdleCallback(idle);
  };
}
