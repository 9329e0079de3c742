// The Electron entry: one instance, a locked-down window, the service in a worker thread, and the bridge.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { BridgeEvent } from '../shared/bridge';
import { createRouter } from './bridge/router';
import { registerBridge, sendEvent } from './electron/ipc';
import { installMenu } from './electron/menu';
import { isAppUrl } from './electron/origin';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { shellHandlers } from './electron/shell-handlers';
import { createMainWindow, preloadPath } from './electron/window';
import { electronNativeBinding } from './electron/native-binding';
import { resolveDatabasePath, userDataDir } from './paths';
import { createDispatch } from './service/dispatch';
import { startServiceWorker } from './service/worker-host';
import workerPath from './service/worker?modulePath';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let window: BrowserWindow | null = null;
  const emit = (event: BridgeEvent) => sendEvent(window, event);

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // The same folder the CLI computes (src/main/paths.ts), whatever Electron would derive from package.json.
  app.setPath('userData', userDataDir());

  void app.whenReady().then(() => {
    const userData = app.getPath('userData');
    const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(mainDir, '../../resources');
    const icon = path.join(resourcesDir, 'icon.png');
    const service = startServiceWorker({
      workerPath,
      dbPath: resolveDatabasePath(undefined),
      resourcesDir,
      nativeBinding: electronNativeBinding(mainDir),
      onEvent: emit,
    });
    registerBridge(
      createRouter({
        service: service.dispatch,
        shell: createDispatch(shellHandlers, () => undefined),
        isTrustedSender: (url) => isAppUrl(url, devServerUrl),
      }),
    );
    serveRenderer(path.join(mainDir, '../renderer'));
    installMenu(() => window, emit);
    window = createMainWindow({ preload: preloadPath(mainDir), userData, devServerUrl, icon });
    window.on('closed', () => (window = null));

    app.on('before-quit', () => void service.close());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        window = createMainWindow({ preload: preloadPath(mainDir), userData, devServerUrl, icon });
      }
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
