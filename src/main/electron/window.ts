import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './origin';
import { lockDownNavigation, secureWebPreferences } from './security';
import { loadWindowState, trackWindowState } from './window-state';

export function createMainWindow(options: {
  preload: string;
  userData: string;
  devServerUrl?: string;
  icon?: string;
}): BrowserWindow {
  const state = loadWindowState(options.userData);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Followscope',
    backgroundColor: '#0f1115',
    icon: options.icon,
    webPreferences: secureWebPreferences(options.preload),
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, options.userData);
  lockDownNavigation(window.webContents, options.devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

export const preloadPath = (mainDir: string) => path.join(mainDir, '../preload/index.cjs');
