// The bridge contract: the single list of calls between the renderer and the service. For each call,
// a zod schema for its input (renderer input is `unknown` until parsed) and the type of its result.
// The main side registers a handler per entry, the preload builds one method per entry, and the
// renderer's `window.followscope` type is derived from it: a renamed call fails to compile everywhere.
// Each domain declares its calls in its own file; this one merges them.
import type * as z from 'zod/mini';
import { adviceCalls } from './advice';
import { appCalls } from './app';
import { audienceCalls } from './audience';
import { dataCalls } from './data';
import { engagementCalls } from './engagement';
import { importCalls } from './imports';
import { overviewCalls } from './overview';
import { settingsCalls } from './settings';
import { shellCalls } from './shell';

export const contract = {
  ...adviceCalls,
  ...appCalls,
  ...audienceCalls,
  ...dataCalls,
  ...engagementCalls,
  ...importCalls,
  ...overviewCalls,
  ...settingsCalls,
  ...shellCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallResult<K extends CallName> = Contract[K]['result'];

export const callNames = Object.keys(contract) as CallName[];

/** The calls the Electron main thread answers itself; every other call goes to the service. */
export type ShellCallName = keyof typeof shellCalls;
export type ServiceCallName = Exclude<CallName, ShellCallName>;
export const shellCallNames = Object.keys(shellCalls) as ShellCallName[];

export function isShellCall(name: CallName): name is ShellCallName {
  return Object.prototype.hasOwnProperty.call(shellCalls, name);
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
