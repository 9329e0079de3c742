// Start-up milestones as performance marks in the main process, so anyone can read them the standard way
// (`performance.getEntriesByType('mark')`; the packaged-app smoke test does) and the log keeps them.
// performance.now() counts from the process start.
import type { RotatingLog } from '../log/rotating-log';

export const STARTUP_MARK_PREFIX = 'followscope:';
export type StartupMilestone = 'main-start' | 'app-ready' | 'window-created' | 'window-shown';

export function markStartup(milestone: StartupMilestone): void {
  performance.mark(`${STARTUP_MARK_PREFIX}${milestone}`);
}

export function logStartup(log: RotatingLog): void {
  const marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith(STARTUP_MARK_PREFIX))
    .map((m) => `${m.name.slice(STARTUP_MARK_PREFIX.length)} ${Math.round(m.startTime)} ms`);
  log.write('info', 'startup', `since process start: ${marks.join(', ')}`);
}
