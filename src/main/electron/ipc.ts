// Wires the bridge to Electron IPC: one invoke channel for calls (sender checked), one channel for events.
import { ipcMain, type BrowserWindow } from 'electron';
import type { BridgeEvent } from '../../shared/bridge';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc-channels';
import type { Route } from '../bridge/router';

export function registerBridge(route: Route): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, call: unknown, input: unknown) =>
    route(event.senderFrame?.url, call, input),
  );
}

export function sendEvent(window: BrowserWindow | null, event: BridgeEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event);
}
