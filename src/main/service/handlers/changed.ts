import type { ServiceContext } from '../context';

/**
 * Tells every page that an account's data changed (null: every account, or the installation's settings).
 * Every write sends it after it commits: the renderer's cache refetches what it shows from it, so a view
 * is never left stale by a write made on another page.
 */
export function dataChanged(ctx: ServiceContext, accountId: number | null): void {
  ctx.emit({ type: 'data-changed', accountId });
}
