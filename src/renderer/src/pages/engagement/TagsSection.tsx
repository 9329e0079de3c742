// Hashtags (from your post titles) and sounds with how often you used them and how those posts did, and
// your interest profile: hashtags you favorited and what you search for.
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InterestProfile, SoundStat, TagStat, TagsAndSounds } from '../../../../shared/domain';
import { seriesColor } from '../../charts/palette';
import { useChartPalette } from '../../charts/useChartPalette';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { ChartFrame } from '../../components/ChartFrame';
import { DataTable, type Column } from '../../components/DataTable';
import { formatInt } from '../../format';
import { axisProps, tooltipProps } from '../../charts/kit';
import { usageColumns } from './columns';

const tagColumns: Column<TagStat>[] = [
  { key: 'tag', header: 'Hashtag', value: (r) => `#${r.tag}`, width: 'minmax(120px, 2fr)' },
  ...usageColumns<TagStat>(),
];

const soundColumns: Column<SoundStat>[] = [
  { key: 'sound', header: 'Sound', value: (r) => r.sound, width: 'minmax(140px, 2fr)' },
  ...usageColumns<SoundStat>(),
];

export function TagsSection({ tags, interests }: { tags: TagsAndSounds; interests: InterestProfile }) {
  const palette = useChartPalette();
  const searches = interests.searchTerms.slice(0, 12);
  return (
    <div className="stack" data-testid="tags-section">
      <div className="grid-2">
        <Card
          title="Hashtags"
          subtitle="From your post titles: how often you used each and how those posts did"
        >
          <DataTable
            rows={tags.hashtags}
            columns={tagColumns}
            label="Hashtags"
            initialSort={{ key: 'uses', dir: 'desc' }}
            height={320}
            csvFileName="hashtags"
            emptyMessage="No hashtags in your post titles."
            testId="table-hashtags"
          />
        </Card>
        <Card title="Sounds" subtitle="The sounds your posts used">
          <DataTable
            rows={tags.sounds}
            columns={soundColumns}
            label="Sounds"
            initialSort={{ key: 'uses', dir: 'desc' }}
            height={320}
            csvFileName="sounds"
            emptyMessage="No sounds in your posts."
            testId="table-sounds"
          />
        </Card>
      </div>

      <div className="grid-2">
        <Card
          title="Your interests"
          subtitle="Hashtags you favorited and used: the niche TikTok sees you in"
          data-testid="interest-profile"
        >
          <div className="stack">
            <div>
              <h3 className="muted" style={{ fontSize: 'var(--text-sm)', marginBottom: 'var(--space-2)' }}>
                Favorite hashtags
              </h3>
              <div className="row">
                {interests.favoriteHashtags.length === 0 && (
                  <span className="muted">None in your newest export.</span>
                )}
                {interests.favoriteHashtags.map((t) => (
                  <Badge key={t.term} tone="accent">
                    #{t.term}
                  </Badge>
                ))}
              </div>
            </div>
            <div>
              <h3 className="muted" style={{ fontSize: 'var(--text-sm)', marginBottom: 'var(--space-2)' }}>
                Hashtags you use
              </h3>
              <div className="row">
                {interests.hashtagsUsed.length === 0 && (
                  <span className="muted">None listed in your newest export.</span>
                )}
                {interests.hashtagsUsed.map((t) => (
                  <Badge key={t.term}>#{t.term}</Badge>
                ))}
              </div>
            </div>
          </div>
        </Card>
        {searches.length > 0 ? (
          <ChartFrame
            title="What you search for"
            subtitle="Your most frequent searches"
            fileName="search-terms"
            height={Math.max(180, searches.length * 26 + 20)}
            testId="chart-searches"
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={searches} layout="vertical" margin={{ top: 4, right: 36, bottom: 0, left: 0 }}>
                <XAxis type="number" {...axisProps(palette)} allowDecimals={false} />
                <YAxis type="category" dataKey="term" {...axisProps(palette)} width={170} interval={0} />
                <Tooltip {...tooltipProps(palette)} formatter={(v) => formatInt(Number(v))} />
                <Bar
                  dataKey="count"
                  name="Searches"
                  fill={seriesColor(palette, 3)}
                  radius={[0, 4, 4, 0]}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </ChartFrame>
        ) : (
          <Card title="What you search for">
            <p className="muted">No search history in your exports.</p>
          </Card>
        )}
      </div>
    </div>
  );
}
