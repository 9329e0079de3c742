// Builds the typed client from the contract over any transport. The preload uses it over Electron IPC;
// the E2E harness uses the very same function over Playwright's exposeBinding.
import { callNames, type CallInput, type CallName, type CallResult } from './contract';
import { FollowscopeError, type BridgeEvent, type BridgeTransport } from './bridge';

type Method<K extends CallName> =
  // Calls whose input is an empty object may be called without an argument.
  Record<string, never> extends CallInput<K>
    ? (input?: CallInput<K>) => Promise<CallResult<K>>
    : (input: CallInput<K>) => Promise<CallResult<K>>;

export type FollowscopeApi = { [K in CallName]: Method<K> } & {
  /** Subscribes to progress and data-changed events; returns the unsubscribe function. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
};

export function createClient(transport: BridgeTransport): FollowscopeApi {
  const api: Record<string, unknown> = {};
  for (const name of callNames) {
    api[name] = async (input: unknown = {}) => {
      const result = await transport.invoke(name, input);
      if (!result.ok) throw new FollowscopeError(result.error);
      return result.value;
    };
  }
  api.onEvent = (listener: (event: BridgeEvent) => void) => transport.subscribe(listener);
  return Object.freeze(api) as FollowscopeApi;
}

/** What the preload exposes as `window.followscope`: the contract's calls plus the dropped-file helper. */
export type FollowscopeWindowApi = FollowscopeApi & {
  /** The path on disk of a File the user dropped (Electron's webUtils; the page itself cannot know it). */
  pathForFile(file: File): string;
};
