import type { Account, AppInfo } from '../domain';
import { call, noInput } from './define';

export const appCalls = {
  appInfo: call<AppInfo>()(noInput),
  listAccounts: call<Account[]>()(noInput),
} as const;
