// The transport-neutral half of the bridge: the result envelope that crosses IPC, the error codes,
// and the events long work reports. Pure TypeScript, shared by main, preload, renderer and tests.

export type ErrorCode =
  | 'BAD_INPUT' // the call's input did not match its schema
  | 'UNKNOWN_CALL' // no such call in the contract
  | 'FORBIDDEN' // the sender is not the app's own page
  | 'NOT_FOUND' // an id that does not exist
  | 'IMPORT_FAILED' // the file could not be imported (the message names file and problem)
  | 'ACCOUNT_NEEDED' // the export names no usable account: retry the import with the account option
  | 'CANCELLED' // the user cancelled long work
  | 'DB_TOO_NEW' // the database was written by a newer Followscope
  | 'DB_REFUSED' // the database is another program's, or cannot be written
  | 'INTERNAL'; // a bug: the message says what happened

export interface BridgeError {
  code: ErrorCode;
  message: string;
}

/** What every call returns across the bridge: errors cross as data, never as thrown exceptions. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export interface ImportProgressEvent {
  type: 'import-progress';
  jobId: string;
  /** Which file of the job is being read (1-based) and how many there are. */
  fileIndex: number;
  fileCount: number;
  fileName: string;
  phase: 'reading' | 'saving' | 'analysing' | 'done';
  bytesRead: number;
  bytesTotal: number;
  records: number;
  /** While saving an account export: the step under way (a million-follower save takes seconds). */
  saveStep?: SaveStep;
}

/** The steps of saving an account export, in order. */
export const saveStepNames = [
  'sorting',
  'accounts',
  'followers',
  'following',
  'activity',
  'audience',
  'commit',
] as const;
export type SaveStepName = (typeof saveStepNames)[number];
export interface SaveStep {
  name: SaveStepName;
  /** 1-based position of the step in saveStepNames, and their count. */
  index: number;
  count: number;
}

/** Sent after anything that changes what the pages show (an import, a delete, a tag). */
export interface DataChangedEvent {
  type: 'data-changed';
  accountId: number | null;
}

export type BridgeEvent = ImportProgressEvent | DataChangedEvent | MenuEvent;

/** How a client reaches the service: Electron IPC in the app, Playwright's exposeBinding in E2E tests. */
export interface BridgeTransport {
  invoke(call: string, input: unknown): Promise<BridgeResult<unknown>>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}

/** Thrown by the client when a call comes back `{ ok: false }`. */
export class FollowscopeError extends Error {
  readonly code: ErrorCode;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'FollowscopeError';
    this.code = error.code;
  }
}

/**
 * An error the service means to show the user: thrown on the Node side (the service, the importer), it
 * crosses the bridge with its code and message and comes out of the client as a FollowscopeError.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Sent by the application menu (File → Import…) so the page can start the same flow as its button. */
export interface MenuEvent {
  type: 'menu';
  action: 'import' | 'about';
}
