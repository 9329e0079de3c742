// The window's layout: sidebar + the current page. Pages that need an account show the welcome screen
// until the first import. The File → Import… menu lands on the Import page and opens the picker.
import { useIsFetching } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Welcome } from '../pages/Welcome';
import { useAccount } from './AccountContext';
import { DataAge } from './DataAge';
import { useImportFlow } from './ImportContext';
import { prefetchPageCode } from './prefetchPageCode';
import { pageDef } from './routes';
import { KeptPages } from './KeptPages';
import { navigate, ShownRouteContext, useRoute } from './router';
import { Sidebar } from './Sidebar';
import { useBridgeEvent } from './useBridgeEvent';
import { WindowDrop } from './WindowDrop';

export function Shell() {
  // The new page renders as a deferred update: while its code loads the old page stays on screen, and it
  // appears as soon as it is ready. (A suspended urgent render would show the fallback instead, and React
  // then holds the page back until 300 ms after the fallback appeared, on every first visit.)
  const route = useDeferredValue(useRoute());
  const def = pageDef(route.page);
  const { accounts, loading, error } = useAccount();
  const flow = useImportFlow();
  // Busy while any answer the page shows is on its way (assistive tech, tests and the benchmark wait).
  const fetching = useIsFetching() > 0;

  useBridgeEvent('menu', (event) => {
    if (event.action === 'import') {
      navigate('imports');
      void flow.pickAndImport(false);
    } else if (event.action === 'about') {
      navigate('settings');
    }
  });

  useEffect(prefetchPageCode, []);

  // A new page starts at the top, like a new document.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [route.page]);

  const showWelcome = def.needsAccount && !loading && accounts.length === 0;
  return (
    <ShownRouteContext.Provider value={route}>
      <div className="shell">
        <Sidebar />
        <WindowDrop />
        <main className="content" data-page={def.id} data-testid="content" aria-busy={fetching || undefined}>
          {error && (
            <div className="page" style={{ paddingBottom: 0 }}>
              <ErrorBanner title="Could not load your accounts" error={error} />
            </div>
          )}
          {!showWelcome && <DataAge />}
          {showWelcome ? (
            <Welcome />
          ) : (
            !(def.needsAccount && loading) && (
              // A page's code loads on its first visit (routes.tsx); the frame stays while it does.
              <KeptPages route={route} />
            )
          )}
        </main>
      </div>
    </ShownRouteContext.Provider>
  );
}
