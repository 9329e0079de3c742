// What the main process does when something dies: every uncaught error and every child process that
// ends badly goes to the log file (redacted), and a window whose page process is gone shows the
// recovery page instead of a blank window.
import { app, type BrowserWindow } from 'electron';
import { describeError } from '../log/redact';
import type { RotatingLog } from '../log/rotating-log';
import type { WorkerCrash } from '../service/worker-host';
import { recoveryUrl } from './recovery-url';

export function logUncaughtErrors(log: RotatingLog): void {
  process.on('uncaughtException', (error) => {
    log.write('error', 'main', `uncaught exception: ${describeError(error)}`);
    console.error(error);
  });
  process.on('unhandledRejection', (reason) => {
    log.write('error', 'main', `unhandled rejection: ${describeError(reason)}`);
    console.error(reason);
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.write('warn', details.type, `process gone: ${details.reason} (exit code ${details.exitCode})`);
  });
}

export function logWorkerCrash(log: RotatingLog, crash: WorkerCrash): void {
  const why = crash.error ? describeError(crash.error) : `exit code ${crash.exitCode}`;
  const next = crash.restarting ? 'restarted' : 'not restarted: it keeps stopping';
  log.write('error', 'service', `worker stopped with ${crash.inFlight} call(s) in flight, ${next}: ${why}`);
}

export function recoverFromRendererCrashes(
  window: BrowserWindow,
  log: RotatingLog,
  devServerUrl: string | undefined,
): void {
  const contents = window.webContents;
  contents.on('render-process-gone', (_event, details) => {
    log.write('error', 'renderer', `page process gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void window.loadURL(recoveryUrl(details, devServerUrl));
  });
  contents.on('unresponsive', () => log.write('warn', 'renderer', 'page not responding'));
  contents.on('preload-error', (_event, _path, error) => log.write('error', 'preload', describeError(error)));
}
