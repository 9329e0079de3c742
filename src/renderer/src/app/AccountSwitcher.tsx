import { platformNames } from '../../../shared/domain';
import { useAccount } from './AccountContext';

/** The account the pages show; hidden until there is more than nothing to choose from. */
export function AccountSwitcher() {
  const { accounts, accountId, selectAccount } = useAccount();
  if (accounts.length === 0) return null;
  const current = accounts.find((a) => a.id === accountId);
  return (
    <div className="account-switcher">
      <label htmlFor="account-switcher">Account</label>
      <select
        id="account-switcher"
        className="select"
        value={accountId ?? ''}
        onChange={(e) => selectAccount(Number(e.target.value))}
        data-testid="account-switcher"
        title={current ? `@${current.username} · ${platformNames[current.platform]}` : undefined}
      >
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            @{a.username}
            {` · ${platformNames[a.platform]}`}
          </option>
        ))}
      </select>
    </div>
  );
}
