// Runs inside the page before the app: builds window.followscope with the same createClient the preload
// uses. Only the transport differs: Playwright's exposeBinding instead of Electron IPC.
import type { BridgeEvent, BridgeResult, BridgeTransport } from '../../../src/shared/bridge';
import { createClient } from '../../../src/shared/client';

declare global {
  interface Window {
    __followscopeInvoke(call: string, input: unknown): Promise<BridgeResult<unknown>>;
    __followscopeEmit(event: BridgeEvent): void;
    /** File name → path on disk, for files the test drops (what Electron's webUtils answers in the app). */
    __followscopeFilePaths?: Record<string, string>;
  }
}

const listeners = new Set<(event: BridgeEvent) => void>();
window.__followscopeEmit = (event) => listeners.forEach((listener) => listener(event));

const transport: BridgeTransport = {
  invoke: (call, input) => window.__followscopeInvoke(call, input),
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

Object.defineProperty(window, 'followscope', {
  value: Object.freeze({
    ...createClient(transport),
    pathForFile: (file: File) => window.__followscopeFilePaths?.[file.name] ?? '',
  }),
  writable: false,
});
