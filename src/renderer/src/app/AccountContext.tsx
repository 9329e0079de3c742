// Which account the pages show. The list comes from the service (and refreshes after imports); the
// user's choice is remembered in localStorage. Falls back to the first account when the remembered one
// is gone (deleted) or none was chosen yet.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Account } from '../../../shared/domain';
import { useCall } from './useCall';

export interface AccountState {
  /** All accounts, or [] before the first import. */
  accounts: Account[];
  /** The account the pages show, or null when there is none. */
  account: Account | null;
  /** Shortcut for account?.id ?? null. */
  accountId: number | null;
  /** True until the first answer of listAccounts. */
  loading: boolean;
  error: Error | null;
  selectAccount(id: number): void;
}

const STORAGE_KEY = 'followscope.accountId';
const AccountCtx = createContext<AccountState | null>(null);

function readStored(): number | null {
  const n = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function AccountProvider({ children }: { children: ReactNode }) {
  const { data, error } = useCall('listAccounts', {});
  const [chosen, setChosen] = useState<number | null>(readStored);

  const value = useMemo<AccountState>(() => {
    const accounts = data ?? [];
    const account = accounts.find((a) => a.id === chosen) ?? accounts[0] ?? null;
    return {
      accounts,
      account,
      accountId: account?.id ?? null,
      loading: data === undefined && error === null,
      error,
      selectAccount(id) {
        localStorage.setItem(STORAGE_KEY, String(id));
        setChosen(id);
      },
    };
  }, [data, error, chosen]);

  return <AccountCtx.Provider value={value}>{children}</AccountCtx.Provider>;
}

/** The current account and the list to switch between. */
export function useAccount(): AccountState {
  const ctx = useContext(AccountCtx);
  if (!ctx) throw new Error('useAccount outside AccountProvider');
  return ctx;
}
