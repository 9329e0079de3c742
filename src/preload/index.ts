// The preload: builds the typed client from the contract over ipcRenderer.invoke and exposes it as
// window.followscope. No raw ipcRenderer, no generic invoke(channel).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { BridgeEvent, BridgeResult, BridgeTransport } from '../shared/bridge';
import { createClient } from '../shared/client';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/ipc-channels';

const transport: BridgeTransport = {
  invoke: (call, input) =>
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, call, input) as Promise<BridgeResult<unknown>>,
  subscribe(listener) {
    const handler = (_event: IpcRendererEvent, payload: BridgeEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('followscope', {
  ...createClient(transport),
  // A dropped File's path on disk: only the preload can read it (webUtils), the page cannot.
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
