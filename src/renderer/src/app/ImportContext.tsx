// The import flow, shared by the Import page, the welcome screen and the File → Import… menu, so a
// running import keeps its progress when the user switches pages. Files are imported one call per
// path: a damaged file gets its own error and the others still import.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { FollowscopeError, type BridgeError, type ImportProgressEvent } from '../../../shared/bridge';
import type { ImportReport } from '../../../shared/domain';
import { useAccount } from './AccountContext';
import { useBridgeEvent } from './useBridgeEvent';

export interface FileOutcome {
  path: string;
  report?: ImportReport;
  error?: BridgeError;
}

export type ImportStatus = 'idle' | 'running' | 'done' | 'cancelled';

export interface ImportFlow {
  status: ImportStatus;
  /** The latest progress event of the running job. */
  progress: ImportProgressEvent | null;
  /** Which of the chosen paths is being imported (1-based) and how many there are. */
  position: { index: number; count: number; path: string } | null;
  /** One entry per path of the last run: its report or its error. */
  outcomes: FileOutcome[];
  /** An error outside any file (the picker failed). */
  error: string | null;
  importPaths(paths: string[]): Promise<void>;
  /** Imports one path again, attached to `account` (an export that named no usable account). */
  retryWithAccount(path: string, account: string): Promise<void>;
  /** Opens the native picker (files, or folders for TXT exports) and imports what the user chose. */
  pickAndImport(folders: boolean): Promise<void>;
  loadDemo(): Promise<void>;
  cancel(): void;
}

const ImportCtx = createContext<ImportFlow | null>(null);

const newJobId = () => `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function toBridgeError(error: unknown): BridgeError {
  // The bridge client lives in the preload, whose FollowscopeError is another copy of the class than
  // this bundle's: recognise it by its code, not by instanceof.
  if (
    error instanceof FollowscopeError ||
    (error instanceof Error && typeof (error as { code?: unknown }).code === 'string')
  )
    return { code: (error as FollowscopeError).code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { selectAccount } = useAccount();
  const [status, setStatus] = useState<ImportStatus>('idle');
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [position, setPosition] = useState<ImportFlow['position']>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<{ id: string; cancelled: boolean } | null>(null);

  useBridgeEvent('import-progress', (event) => {
    if (event.jobId === job.current?.id) setProgress(event);
  });

  const run = useCallback(
    async (
      label: string[],
      callOne: (jobId: string, path: string) => Promise<ImportReport[]>,
      /** A retry keeps the other files' outcomes and replaces only its own. */
      retry = false,
    ) => {
      if (job.current) return; // one import at a time
      const state = { id: '', cancelled: false };
      job.current = state;
      setStatus('running');
      setOutcomes((list) => (retry ? list.filter((o) => !label.includes(o.path)) : []));
      setError(null);
      let lastAccount: number | null = null;
      for (const [i, path] of label.entries()) {
        if (state.cancelled) break;
        state.id = newJobId();
        setProgress(null);
        setPosition({ index: i + 1, count: label.length, path });
        try {
          const reports = await callOne(state.id, path);
          setOutcomes((list) => [...list, ...reports.map((report) => ({ path: report.path, report }))]);
          lastAccount = reports.at(-1)?.accountId ?? lastAccount;
        } catch (e) {
          const err = toBridgeError(e);
          if (err.code === 'CANCELLED') state.cancelled = true;
          setOutcomes((list) => [...list, { path, error: err }]);
        }
      }
      if (lastAccount !== null) selectAccount(lastAccount);
      job.current = null;
      setPosition(null);
      setStatus(state.cancelled ? 'cancelled' : 'done');
    },
    [selectAccount],
  );

  /** One import call per path; with an account it is a retry, which keeps the other files' outcomes. */
  const importEach = useCallback(
    (paths: string[], account?: string) =>
      run(
        paths,
        (jobId, path) => window.followscope.importPaths({ jobId, paths: [path], account }),
        account !== undefined,
      ),
    [run],
  );
  const importPaths = useCallback((paths: string[]) => importEach(paths), [importEach]);
  const retryWithAccount = useCallback(
    (path: string, account: string) => importEach([path], account),
    [importEach],
  );

  const pickAndImport = useCallback(
    async (folders: boolean) => {
      if (job.current) return;
      try {
        const paths = await window.followscope.pickImportPaths({ folders });
        if (paths.length > 0) await importPaths(paths);
      } catch (e) {
        setError(toBridgeError(e).message);
      }
    },
    [importPaths],
  );

  const loadDemo = useCallback(
    () => run(['Demo data'], (jobId) => window.followscope.loadDemoData({ jobId })),
    [run],
  );

  const cancel = useCallback(() => {
    const current = job.current;
    if (!current) return;
    current.cancelled = true;
    void window.followscope.cancelImport({ jobId: current.id }).catch(() => undefined);
  }, []);

  const value = useMemo<ImportFlow>(
    () => ({
      status,
      progress,
      position,
      outcomes,
      error,
      importPaths,
      retryWithAccount,
      pickAndImport,
      loadDemo,
      cancel,
    }),
    [
      status,
      progress,
      position,
      outcomes,
      error,
      importPaths,
      retryWithAccount,
      pickAndImport,
      loadDemo,
      cancel,
    ],
  );
  return <ImportCtx.Provider value={value}>{children}</ImportCtx.Provider>;
}

/** The shared import flow: start, follow and cancel imports from anywhere. */
export function useImportFlow(): ImportFlow {
  const ctx = useContext(ImportCtx);
  if (!ctx) throw new Error('useImportFlow outside ImportProvider');
  return ctx;
}
