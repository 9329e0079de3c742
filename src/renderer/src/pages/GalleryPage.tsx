// A living catalogue of the building blocks (not in the sidebar: open #/gallery). Page authors see
// every component in both themes; E2E tests use it to check the table at a million rows and chart export.
// #/gallery?rows=N sets the table size (default 2,000).
import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useShownRoute } from '../app/router';
import { useChartPalette } from '../charts/useChartPalette';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { Card } from '../components/Card';
import { ChartFrame } from '../components/ChartFrame';
import { DataTable, type Column } from '../components/DataTable';
import { ErrorBanner } from '../components/ErrorBanner';
import { KpiCard } from '../components/KpiCard';
import { PageHeader } from '../components/PageHeader';
import { ProgressBar } from '../components/ProgressBar';
import { Tabs } from '../components/Tabs';
import { formatCountTick, formatDate, formatInt, formatMonth, formatPercent } from '../format';

interface DemoRow {
  username: string;
  followedAt: string;
  likes: number;
}

// Columns are a module constant: DataTable re-sorts when its `columns` identity changes.
const columns: Column<DemoRow>[] = [
  { key: 'username', header: 'Username', value: (r) => r.username, width: 'minmax(160px, 2fr)' },
  {
    key: 'followedAt',
    header: 'Followed',
    value: (r) => r.followedAt,
    render: (r) => formatDate(r.followedAt),
  },
  { key: 'likes', header: 'Likes', value: (r) => r.likes, align: 'right', width: '120px' },
];

function makeRows(n: number): DemoRow[] {
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    username: `creator_${((i * 7919) % 1_000_003).toString(36)}`,
    followedAt: new Date(start + ((i * 86_400_000 * 7) % (86_400_000 * 600))).toISOString(),
    likes: (i * 2654435761) % 10_007,
  }));
}

const series = Array.from({ length: 12 }, (_, i) => ({
  month: new Date(Date.UTC(2026, i, 1)).toISOString(),
  followers: Math.round(8000 * 1.09 ** i),
  following: 300 + i * 14,
}));

export function GalleryPage() {
  const { params } = useShownRoute();
  const count = Math.min(2_000_000, Math.max(0, Number(params.get('rows') ?? 2000) || 0));
  const rows = useMemo(() => makeRows(count), [count]);
  const palette = useChartPalette();
  const [tab, setTab] = useState<'a' | 'b'>('a');
  return (
    <div className="page" data-testid="page-gallery">
      <PageHeader
        title="Component gallery"
        description="Every building block of the pages, with sample data."
        actions={
          <Button variant="primary" icon="upload">
            Primary
          </Button>
        }
      />
      <div className="grid-kpis">
        <KpiCard label="Followers" value={formatInt(25_340)} delta={412} hint="since 12 Oct" />
        <KpiCard
          label="Unfollows"
          value={formatInt(88)}
          delta={12}
          goodDirection="down"
          hint="more than last time"
        />
        <KpiCard
          label="Follow-back rate"
          value={formatPercent(0.372)}
          delta="−1.2 pts"
          deltaDirection="down"
        />
        <KpiCard label="Posts" value={formatInt(48)} delta={0} />
      </div>
      <Card title="Controls" subtitle="Buttons, badges, tabs, progress and errors.">
        <div className="stack">
          <div className="row">
            <Button variant="primary">Primary</Button>
            <Button>Secondary</Button>
            <Button variant="ghost">Ghost</Button>
            <Button variant="danger" icon="trash">
              Danger
            </Button>
            <Button disabled>Disabled</Button>
            <Badge>Neutral</Badge>
            <Badge tone="accent">Accent</Badge>
            <Badge tone="positive">Positive</Badge>
            <Badge tone="negative">Negative</Badge>
            <Badge tone="warning">Warning</Badge>
          </div>
          <Tabs<'a' | 'b'>
            label="Example"
            tabs={[
              { id: 'a', label: 'Daily' },
              { id: 'b', label: 'Weekly' },
            ]}
            value={tab}
            onChange={setTab}
          />
          <ProgressBar label="Determinate" value={0.42} valueText="42%" />
          <ProgressBar label="Indeterminate" />
          <ErrorBanner
            title="Example error"
            error="notes.zip: not a TikTok export"
            onRetry={() => undefined}
          />
        </div>
      </Card>
      <ChartFrame
        title="Followers and following"
        subtitle="Sample data, one point per month."
        testId="gallery-chart"
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={palette.grid} vertical={false} />
            <XAxis
              dataKey="month"
              tickFormatter={formatMonth}
              stroke={palette.axis}
              tick={{ fill: palette.axis, fontSize: 12 }}
            />
            <YAxis
              tickFormatter={formatCountTick}
              allowDecimals={false}
              stroke={palette.axis}
              tick={{ fill: palette.axis, fontSize: 12 }}
              width={48}
            />
            <Tooltip labelFormatter={(v) => formatMonth(String(v))} formatter={(v) => formatInt(Number(v))} />
            <Legend />
            <Line
              type="monotone"
              dataKey="followers"
              name="Followers"
              stroke={palette.series[0]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="following"
              name="Following"
              stroke={palette.series[1]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      <Card title="Data table" subtitle="Virtualized, sortable, searchable, CSV export of the rows shown.">
        <DataTable
          rows={rows}
          columns={columns}
          label="Sample followers"
          initialSort={{ key: 'likes', dir: 'desc' }}
          testId="gallery-table"
        />
      </Card>
    </div>
  );
}
