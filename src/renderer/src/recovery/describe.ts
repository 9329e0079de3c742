// What the recovery screen says about a page process that stopped. The main process passes Electron's
// reason and exit code in the recovery page's query string (src/main/electron/recovery-url.ts).

export interface RendererGone {
  reason: string;
  exitCode: number | null;
}

const REASONS: Record<string, string> = {
  crashed: 'The window’s page crashed.',
  oom: 'The window’s page ran out of memory.',
  killed: 'The window’s page was stopped by the system or another program.',
  'abnormal-exit': 'The window’s page stopped unexpectedly.',
  'launch-failed': 'The window’s page could not start.',
  'integrity-failure': 'The window’s page failed a code integrity check.',
  'memory-eviction': 'The system reclaimed the window’s page to free memory.',
};

export function parseRendererGone(search: string): RendererGone {
  const params = new URLSearchParams(search);
  const code = params.get('exitCode');
  const exitCode = code !== null && /^-?\d+$/.test(code) ? Number(code) : null;
  return { reason: params.get('reason') ?? 'unknown', exitCode };
}

/** One plain sentence for the reason, then the technical detail for a bug report. */
export function describeRendererGone(gone: RendererGone): { summary: string; detail: string } {
  const summary = REASONS[gone.reason] ?? 'The window’s page stopped.';
  const detail = `reason: ${gone.reason}${gone.exitCode === null ? '' : `, exit code ${gone.exitCode}`}`;
  return { summary, detail };
}
