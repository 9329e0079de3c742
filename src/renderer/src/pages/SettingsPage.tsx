// Settings: the theme, the time zone, the accounts, backups, what this installation is, and the privacy promise.
import { useTheme, type ThemeSetting } from '../app/ThemeContext';
import { useCall } from '../app/useCall';
import { Card } from '../components/Card';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageHeader } from '../components/PageHeader';
import { AccountsCard } from './settings/AccountsCard';
import { BackupCard } from './settings/BackupCard';
import { TimeZoneCard } from './settings/TimeZoneCard';

const themes: { id: ThemeSetting; label: string }[] = [
  { id: 'system', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

export function SettingsPage() {
  const theme = useTheme();
  const { data: info, error, refetch } = useCall('appInfo', {}, { refetchOnChange: false });
  return (
    <div className="page" data-testid="page-settings">
      <PageHeader
        title="Settings"
        description="How Followscope looks, which time zone it shows times in, and where it keeps your data."
      />
      <Card title="Appearance" subtitle="Follow your system's light or dark mode, or pick one.">
        <div className="segmented" role="group" aria-label="Theme">
          {themes.map((t) => (
            <button
              key={t.id}
              type="button"
              aria-pressed={theme.setting === t.id}
              onClick={() => theme.setSetting(t.id)}
              data-testid={`theme-${t.id}`}
            >
              {t.label}
            </button>
          ))}
        </div>
      </Card>
      <TimeZoneCard />
      <AccountsCard />
      <BackupCard />
      <Card title="Privacy" subtitle="Your data stays on this computer.">
        <p data-testid="privacy-promise">
          Followscope works offline: it makes no network requests, has no account login and no telemetry. Your
          exports are read on this computer and only what the charts need (usernames, dates, counts) is kept
          in the database below — never message text, e-mail, phone numbers, IP addresses or device ids.
        </p>
      </Card>
      <Card title="About this installation">
        <ErrorBanner title="Could not reach the service" error={error} onRetry={refetch} />
        {info && (
          <dl className="facts" data-testid="app-info">
            <dt>Version</dt>
            <dd data-testid="app-version">
              {info.name} {info.version}
            </dd>
            <dt>Database</dt>
            <dd className="mono" data-testid="app-db-path">
              {info.databasePath}
            </dd>
            <dt>Schema version</dt>
            <dd data-testid="app-schema">{info.schemaVersion}</dd>
            <dt>Service</dt>
            <dd data-testid="app-host">
              {info.serviceHost === 'worker'
                ? 'Worker thread (imports never freeze the window)'
                : 'In this process'}
            </dd>
          </dl>
        )}
      </Card>
    </div>
  );
}
