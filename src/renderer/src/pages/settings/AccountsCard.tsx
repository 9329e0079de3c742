// The accounts in this database, each removable with everything kept for it, after a confirmation that
// names what goes. The switcher and every page follow by themselves: the service announces the change.
import { useState } from 'react';
import { platformNames, type Account } from '../../../../shared/domain';
import { useAccount } from '../../app/AccountContext';
import { useToast } from '../../app/ToastContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { formatInt } from '../../format';

export function AccountsCard() {
  const { accounts } = useAccount();
  return (
    <Card title="Accounts" subtitle="Remove an account (the demo too) with all its imports, notes and tags.">
      {accounts.length === 0 ? (
        <p className="muted" data-testid="settings-no-accounts">
          No accounts yet: import an export or load the demo.
        </p>
      ) : (
        <ul className="list" data-testid="settings-accounts">
          {accounts.map((a) => (
            <AccountRow key={a.id} account={a} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function AccountRow({ account: a }: { account: Account }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const snapshots = `${formatInt(a.snapshotCount)} snapshot${a.snapshotCount === 1 ? '' : 's'}`;
  const remove = async () => {
    setBusy(true);
    try {
      await window.followscope.removeAccount({ accountId: a.id });
      toast.show(`Removed @${a.username} and its ${snapshots}.`, 'positive');
    } catch (e) {
      toast.show(e instanceof Error ? e.message : String(e), 'negative');
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <li data-testid="settings-account">
      <div style={{ flex: 1, minWidth: 0 }}>
        <strong>@{a.username}</strong>
        {a.displayName && <span className="muted"> · {a.displayName}</span>}
        <div className="muted" style={{ fontSize: 'var(--text-sm)' }}>
          {platformNames[a.platform]} · {snapshots}
        </div>
      </div>
      {confirming ? (
        <div className="row" role="group" aria-label={`Remove @${a.username}?`}>
          <span data-testid="account-remove-what">
            Deletes @{a.username}, its {snapshots}, notes, tags, goals and tip settings. This cannot be undone
            (back up first to keep a copy).
          </span>
          <Button
            size="sm"
            variant="danger"
            disabled={busy}
            onClick={() => void remove()}
            data-testid="account-remove-confirm"
          >
            Remove @{a.username}
          </Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <Button
          size="sm"
          variant="danger"
          icon="trash"
          onClick={() => setConfirming(true)}
          data-testid="account-remove"
        >
          Remove…
        </Button>
      )}
    </li>
  );
}
