// Which page a component is part of. Pages visited before stay mounted, hidden (KeptPages); their data
// calls name the page they serve, so a write refetches only the answers of the page on screen.
import { createContext, useContext } from 'react';
import type { PageId } from './router';

export const KeptPageContext = createContext<PageId | undefined>(undefined);

/** The page a component is part of (undefined in the app's frame: sidebar, banners, welcome). */
export function useKeptPage(): PageId | undefined {
  return useContext(KeptPageContext);
}
