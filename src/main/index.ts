// The Electron entry: one instance, a locked-down window, the service in a worker thread, and the bridge.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import type { BridgeEvent } from '../shared/bridge';
import { createRouter } from './bridge/router';
import { logUncaughtErrors, logWorkerCrash, recoverFromRendererCrashes } from './electron/crash-handling';
import { registerBridge, sendEvent } from './electron/ipc';
import { installMenu } from './electron/menu';
import { isAppUrl } from './electron/origin';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { shellHandlers } from './electron/shell-handlers';
import { logStartup, markStartup } from './electron/startup-timing';
import { createMainWindow, preloadPath } from './electron/window';
import { electronNativeBinding } from './electron/native-binding';
import { createRotatingLog } from './log/rotating-log';
import { resolveDatabasePath, userDataDir } from './paths';
import { createDispatch } from './service/dispatch';
import { startServiceWorker } from './service/worker-host';
import workerPath from './service/worker?modulePath';

markStartup('main-start');
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
  const log = createRotatingLog({ dir: path.join(app.getPath('userData'), 'logs') });
  logUncaughtErrors(log);

  void app.whenReady().then(() => {
    markStartup('app-ready');
    const userData = app.getPath('userData');
    const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(mainDir, '../../resources');
    const icon = path.join(resourcesDir, 'icon.png');
    const openWindow = () => {
      const created = createMainWindow({ preload: preloadPath(mainDir), userData, devServerUrl, icon });
      recoverFromRendererCrashes(created, log, devServerUrl);
      // After window.ts's own ready-to-show listener, which shows the window.
      created.once('ready-to-show', () => {
        markStartup('window-shown');
        logStartup(log);
      });
      created.on('closed', () => {
        if (window === created) window = null;
      });
      return created;
    };

    serveRenderer(path.join(mainDir, '../renderer'));
    installMenu(() => window, emit, { development: !app.isPackaged, logsDir: log.dir });
    // The worker opens the database, migrating it after an update (a large one takes seconds), on its
    // own thread: the window paints meanwhile, and calls made before the worker is ready wait for it.
    const service = startServiceWorker({
      workerPath,
      dbPath: resolveDatabasePath(undefined),
      resourcesDir,
      nativeBinding: electronNativeBinding(mainDir, app.isPackaged),
      onEvent: emit,
      onCrash: (crash) => logWorkerCrash(log, crash),
    });
    registerBridge(
      createRouter({
        service: service.dispatch,
        shell: createDispatch(shellHandlers, () => undefined),
        isTrustedSender: (url) => isAppUrl(url, devServerUrl),
      }),
    );
    window = openWindow();
    markStartup('window-created');

    app.on('before-quit', () => void service.close());
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
