// A tiny hash router: every page has a URL (#/overview, #/growth?tab=daily …) so tests and the menu can
// navigate, and the back/forward keys work. No library: the hash is the single source of truth.
import {
  createContext,
  useContext,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ReactNode,
} from 'react';

export const pageIds = [
  'overview',
  'growth',
  'audience',
  'engagement',
  'suggestions',
  'tips',
  'guide',
  'imports',
  'settings',
  // Not in the sidebar: the component catalogue for page authors and tests.
  'gallery',
] as const;

export type PageId = (typeof pageIds)[number];

export interface Route {
  page: PageId;
  /** Query parameters after the page, e.g. #/growth?tab=daily → tab=daily. */
  params: URLSearchParams;
}

export const DEFAULT_PAGE: PageId = 'overview';

function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

/** Parses "#/growth?tab=daily" (unknown pages fall back to the default page). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  return { page: isPageId(path) ? path : DEFAULT_PAGE, params: new URLSearchParams(query) };
}

/** The href of a page: hrefFor('growth', { tab: 'daily' }) → "#/growth?tab=daily". */
export function hrefFor(page: PageId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${page}${query ? `?${query}` : ''}`;
}

/** Goes to a page (adds a history entry, like a link click). */
export function navigate(page: PageId, params?: Record<string, string>): void {
  const href = hrefFor(page, params);
  if (window.location.hash !== href) window.location.hash = href;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The current route (the address bar's); re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  // One object per address: the shell defers on it, and a new object each render would look like a move.
  return useMemo(() => parseHash(hash), [hash]);
}

/**
 * The route a page is shown with. While a newly chosen page's code loads, the old page stays on screen
 * (the shell renders the new route as a deferred update), so it can lag a moment behind useRoute(); and
 * a page visited before stays mounted, hidden, with the route it was last shown with. Pages read their
 * parameters here: a page must not re-render with another page's parameters, nor on every hash change.
 */
export const ShownRouteContext = createContext<Route | null>(null);

export function useShownRoute(): Route {
  // Outside the shell (a page rendered alone) the address as it is now, without subscribing to it.
  return useContext(ShownRouteContext) ?? parseHash(window.location.hash);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: PageId;
  params?: Record<string, string>;
  children: ReactNode;
};

/** A link to a page; marks itself aria-current="page" when it is the current page. */
export function Link({ to, params, children, ...rest }: LinkProps) {
  const route = useRoute();
  return (
    <a href={hrefFor(to, params)} aria-current={route.page === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
