// TikTok Studio analytics in SQLite (migration 002): saving a read bundle (merged by day, newer download
// wins) and the sums and series the Engagement page and `summary --json` need.
import {
  STUDIO_METRICS,
  type StudioBundle,
  type StudioContentRow,
  type StudioMetric,
} from '../../../shared/domain/studio-bundle';
import type { Db } from '../open';
import type { StudioSummary } from '../../../shared/domain';

export interface StudioSaveResult {
  /** True when this exact set of files was imported before for the account; nothing changed. */
  duplicate: boolean;
  /** Distinct days with daily metrics in this import. */
  days: number;
  /** Of those, days that were not stored before (0 for a re-import of an overlapping range). */
  addedDays: number;
  from: string | null;
  to: string | null;
}

export type StudioDailyPoint = { day: string } & Record<StudioMetric, number | null>;

function toInt(v: number | null): number | null {
  return v === null ? null : Math.round(v);
}

/** The video a content row is about, stable across downloads. */
function videoKey(c: StudioBundle['content'][number]): string {
  return c.videoId ?? c.link ?? `${c.title}|${c.postedDay ?? ''}`;
}

/**
 * Stores a bundle for an account in one transaction. Per (day, metric) the newer download wins; an
 * older download fills only what is missing; "no data" never replaces a number. Re-importing the same
 * files (same content hash) changes nothing and reports `duplicate`.
 */
export function saveStudioBundle(
  db: Db,
  accountId: number,
  bundle: StudioBundle,
  contentHash: string,
): StudioSaveResult {
  const bundleDays = bundle.daily.map((d) => d.day);
  const from = bundleDays.length > 0 ? bundleDays.reduce((a, b) => (a < b ? a : b)) : null;
  const to = bundleDays.length > 0 ? bundleDays.reduce((a, b) => (a > b ? a : b)) : null;
  return db.transaction((): StudioSaveResult => {
    const previous = db
      .prepare('SELECT days, from_day, to_day FROM studio_imports WHERE account_id = ? AND content_hash = ?')
      .get(accountId, contentHash) as
      { days: number; from_day: string | null; to_day: string | null } | undefined;
    if (previous)
      return {
        duplicate: true,
        days: previous.days,
        addedDays: 0,
        from: previous.from_day,
        to: previous.to_day,
      };

    const known = db.prepare('SELECT 1 FROM studio_daily WHERE account_id = ? AND day = ? LIMIT 1');
    const addedDays = bundleDays.filter((day) => known.get(accountId, day) === undefined).length;

    const upsertDaily = db.prepare(
      `INSERT INTO studio_daily (account_id, day, metric, value, exported_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, day, metric) DO UPDATE SET value = excluded.value, exported_at = excluded.exported_at
        WHERE (excluded.exported_at > studio_daily.exported_at AND (excluded.value IS NOT NULL OR studio_daily.value IS NULL))
           OR (studio_daily.value IS NULL AND excluded.value IS NOT NULL)`,
    );
    for (const d of bundle.daily) {
      for (const metric of STUDIO_METRICS) {
        const value = d.values[metric];
        if (value !== undefined) upsertDaily.run(accountId, d.day, metric, value, d.exportedAt);
      }
    }

    // A download's first day has no previous day in its file: fill its follower change from the day
    // before stored by another download (only where the change is unknown).
    db.prepare(
      `INSERT INTO studio_daily (account_id, day, metric, value, exported_at)
       SELECT t.account_id, t.day, 'netFollowers', t.value - y.value, t.exported_at
         FROM studio_daily t
         JOIN studio_daily y ON y.account_id = t.account_id AND y.metric = 'followers' AND y.day = date(t.day, '-1 day')
        WHERE t.account_id = ? AND t.metric = 'followers' AND t.value IS NOT NULL AND y.value IS NOT NULL
       ON CONFLICT (account_id, day, metric) DO UPDATE SET value = excluded.value WHERE studio_daily.value IS NULL`,
    ).run(accountId);

    const upsertActivity = db.prepare(
      `INSERT INTO studio_follower_activity (account_id, day, hour, active, exported_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, day, hour) DO UPDATE SET active = excluded.active, exported_at = excluded.exported_at
        WHERE (excluded.exported_at > studio_follower_activity.exported_at AND (excluded.active IS NOT NULL OR studio_follower_activity.active IS NULL))
           OR (studio_follower_activity.active IS NULL AND excluded.active IS NOT NULL)`,
    );
    for (const a of bundle.activity)
      upsertActivity.run(accountId, a.day, a.hour, toInt(a.active), a.exportedAt);

    const insertShare = db.prepare(
      `INSERT INTO studio_distributions (account_id, kind, exported_at, key, share) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, kind, exported_at, key) DO UPDATE SET share = excluded.share`,
    );
    for (const s of bundle.distributions) insertShare.run(accountId, s.kind, s.exportedAt, s.key, s.share);

    const insertContent = db.prepare(
      `INSERT INTO studio_content (account_id, video_key, exported_at, title, link, posted_day, likes, comments, shares, views, favorites)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, video_key, exported_at) DO UPDATE SET title = excluded.title, link = excluded.link,
         posted_day = excluded.posted_day, likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
         views = excluded.views, favorites = excluded.favorites`,
    );
    for (const c of bundle.content) {
      insertContent.run(
        accountId,
        videoKey(c),
        c.exportedAt,
        c.title,
        c.link,
        c.postedDay,
        toInt(c.likes),
        toInt(c.comments),
        toInt(c.shares),
        toInt(c.views),
        toInt(c.favorites),
      );
    }

    db.prepare(
      `INSERT INTO studio_imports (account_id, content_hash, files, from_day, to_day, days, exported_at, imported_at, warnings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      accountId,
      contentHash,
      JSON.stringify(bundle.files),
      from,
      to,
      bundleDays.length,
      bundle.exportedAt,
      Date.now(),
      JSON.stringify(bundle.warnings),
    );
    return { duplicate: false, days: bundleDays.length, addedDays, from, to };
  })();
}

export function studioSummary(db: Db, accountId: number): StudioSummary | null {
  const row = db
    .prepare(
      `SELECT COUNT(DISTINCT day) AS days, MIN(day) AS from_day, MAX(day) AS to_day,
              SUM(CASE WHEN metric = 'videoViews' THEN value END) AS video_views,
              SUM(CASE WHEN metric = 'profileViews' THEN value END) AS profile_views,
              SUM(CASE WHEN metric = 'likes' THEN value END) AS likes,
              SUM(CASE WHEN metric = 'comments' THEN value END) AS comments,
              SUM(CASE WHEN metric = 'shares' THEN value END) AS shares
         FROM studio_daily WHERE account_id = ?`,
    )
    .get(accountId) as {
    days: number;
    from_day: string | null;
    to_day: string | null;
    video_views: number | null;
    profile_views: number | null;
    likes: number | null;
    comments: number | null;
    shares: number | null;
  };
  if (row.days === 0) return null;
  const interactions = [row.likes, row.comments, row.shares];
  const engaged = interactions.some((v) => v !== null)
    ? interactions.reduce<number>((sum, v) => sum + (v ?? 0), 0)
    : null;
  return {
    days: row.days,
    from: row.from_day,
    to: row.to_day,
    videoViews: row.video_views,
    profileViews: row.profile_views,
    likes: row.likes,
    comments: row.comments,
    shares: row.shares,
    engagementRateByViews: engaged !== null && row.video_views ? engaged / row.video_views : null,
  };
}

/** One record per stored day in [from, to] (ISO days, inclusive), ascending; absent metrics are null. */
export function studioDailySeries(db: Db, accountId: number, from?: string, to?: string): StudioDailyPoint[] {
  const columns = STUDIO_METRICS.map((m) => `MAX(CASE WHEN metric = '${m}' THEN value END) AS ${m}`).join(
    ', ',
  );
  return db
    .prepare(
      `SELECT day, ${columns} FROM studio_daily
        WHERE account_id = ? AND day >= ? AND day <= ?
        GROUP BY day ORDER BY day`,
    )
    .all(accountId, from ?? '0000-00-00', to ?? '9999-99-99') as StudioDailyPoint[];
}

export interface StudioActivityPoint {
  day: string;
  hour: number;
  active: number | null;
}

/** Active followers by (day, hour), ascending. */
export function studioFollowerActivity(db: Db, accountId: number): StudioActivityPoint[] {
  return db
    .prepare('SELECT day, hour, active FROM studio_follower_activity WHERE account_id = ? ORDER BY day, hour')
    .all(accountId) as StudioActivityPoint[];
}

export interface StudioDistribution {
  kind: 'gender' | 'territory';
  key: string;
  share: number;
  exportedAt: number;
}

/** The newest gender and territory snapshots (each kind from its latest download), largest share first. */
export function studioLatestDistributions(db: Db, accountId: number): StudioDistribution[] {
  return db
    .prepare(
      `SELECT d.kind, d.key, d.share, d.exported_at AS exportedAt FROM studio_distributions d
        WHERE d.account_id = ? AND d.exported_at =
              (SELECT MAX(exported_at) FROM studio_distributions x WHERE x.account_id = d.account_id AND x.kind = d.kind)
        ORDER BY d.kind, d.share DESC`,
    )
    .all(accountId) as StudioDistribution[];
}

/** A top-content row as stored: keyed by its video (the id, else the link, else title and day). */
export interface StudioContentItem extends Omit<StudioContentRow, 'videoId'> {
  videoKey: string;
}

/** Each video's latest top-content row, most viewed first. */
export function studioTopContent(db: Db, accountId: number): StudioContentItem[] {
  return db
    .prepare(
      `SELECT c.video_key AS videoKey, c.title, c.link, c.posted_day AS postedDay, c.likes, c.comments, c.shares,
              c.views, c.favorites, c.exported_at AS exportedAt
         FROM studio_content c
        WHERE c.account_id = ? AND c.exported_at =
              (SELECT MAX(exported_at) FROM studio_content x WHERE x.account_id = c.account_id AND x.video_key = c.video_key)
        ORDER BY c.views DESC NULLS LAST, c.likes DESC NULLS LAST`,
    )
    .all(accountId) as StudioContentItem[];
}
