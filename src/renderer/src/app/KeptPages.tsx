// Every page visited stays mounted, hidden, so going back to one shows what was drawn: a flip of
// visibility, not a new render of its charts. A hidden page is `content-visibility: hidden` (the browser
// skips its layout and paint but keeps what it had drawn, its charts keep their size so nothing redraws,
// and the wrapper takes no room) and `inert` (no focus, no clicks, not read by screen readers or axe).
// Its answers stay in the cache and observed; after a write it asks again only once shown
// (data/pageQueries).
//
// Not React's <Activity mode="hidden">: it hides with display: none and tears down every effect, and
// a chart (recharts) rebuilds itself from its effects when shown again, which costs as much as drawing
// it anew. Nor a context telling hidden pages they are hidden: every page component that reads it
// would render again, charts and all, on each switch.
import { useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { refetchStaleOf } from '../data/pageQueries';
import { useAccount } from './AccountContext';
import { KeptPageContext } from './keptPage';
import { pageDef } from './routes';
import { ShownRouteContext, type PageId, type Route } from './router';

const HIDDEN: CSSProperties = { contentVisibility: 'hidden' };

/** The pages visited so far, in the order first visited, `route`'s page shown and the rest hidden. */
export function KeptPages({ route }: { route: Route }) {
  // Each page keeps the route it was last shown with: a hidden page must not see another page's
  // parameters (Engagement's tab) and render again for them, and a page shown again at the same address
  // gets the same object, so it need not render again either. Another account drops the hidden pages
  // (kept, each would fetch and draw the new account's data in the background); the one shown stays.
  const { accountId } = useAccount();
  const [kept, setKept] = useState(() => ({ accountId, pages: new Map([[route.page, route]]) }));
  const before = kept.accountId === accountId ? kept.pages.get(route.page) : undefined;
  if (!before || before.params.toString() !== route.params.toString())
    setKept({
      accountId,
      pages: new Map(kept.accountId === accountId ? kept.pages : []).set(route.page, route),
    });
  return (
    // One boundary, on screen since the first page: while a page's code loads, the page before it
    // stays on screen (the route is a deferred update) rather than an empty fallback.
    <Suspense fallback={<div className="page" aria-busy="true" />}>
      {[...kept.pages].map(([id, pageRoute]) => (
        <KeptPage key={id} id={id} route={pageRoute} shown={id === route.page} />
      ))}
    </Suspense>
  );
}

/** Memoised: the shell renders again whenever a fetch starts or ends, and the pages need not. */
const KeptPage = memo(function KeptPage({ id, route, shown }: { id: PageId; route: Route; shown: boolean }) {
  const client = useQueryClient();
  // Shown again after a write: what the write made stale is asked for now (the old answer stays on
  // screen meanwhile). On a first visit nothing is stale and nothing is asked twice.
  useEffect(() => {
    if (shown) void refetchStaleOf(client, id);
  }, [client, id, shown]);
  const Page = pageDef(id).component;
  // The same element on every render: a new <Page /> would render the whole page again, charts and all.
  const page = useMemo(() => <Page />, [Page]);
  return (
    <div style={shown ? undefined : HIDDEN} inert={!shown} data-kept-page={id}>
      <KeptPageContext.Provider value={id}>
        <ShownRouteContext.Provider value={route}>{page}</ShownRouteContext.Provider>
      </KeptPageContext.Provider>
    </div>
  );
});
