// Asked when an export names no usable account (its username is missing, or a placeholder such as
// "user"): the user picks an existing account or types one, and the same file is imported again for it.
import { useState, type FormEvent } from 'react';
import { platformNames } from '../../../../shared/domain';
import { useAccount } from '../../app/AccountContext';
import { useImportFlow } from '../../app/ImportContext';
import { Button } from '../../components/Button';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function AccountPrompt({ path }: { path: string }) {
  const { accounts } = useAccount();
  const flow = useImportFlow();
  const [name, setName] = useState('');
  const account = name.trim().replace(/^@/, '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (account) void flow.retryWithAccount(path, account);
  };

  return (
    <form
      className="banner"
      role="group"
      aria-label="Whose export is this?"
      data-testid="account-prompt"
      onSubmit={submit}
    >
      <div className="banner-body">
        <strong>{baseName(path)}</strong> does not say whose export it is (its username is missing or a
        placeholder; an Instagram export names you only when it includes “Personal information”). Which
        account is it?
      </div>
      <div className="row">
        {accounts.length > 0 && (
          <select
            aria-label="Existing account"
            value={accounts.some((a) => a.username === account) ? account : ''}
            onChange={(e) => setName(e.target.value)}
          >
            <option value="">Choose an account…</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.username}>
                @{a.username} · {platformNames[a.platform]}
              </option>
            ))}
          </select>
        )}
        <input
          className="input"
          aria-label="Account name"
          placeholder="or type a username"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" size="sm" variant="primary" disabled={!account || flow.status === 'running'}>
          Import for this account
        </Button>
      </div>
    </form>
  );
}
