// The normalized result of reading TikTok Studio analytics downloads, whatever the
// shape they came in (per-tab ZIP, bare CSV, XLSX, personal or Business account). The Studio reader
// produces it and the database layer saves it, so it lives below both. Days are ISO
// 'YYYY-MM-DD' as written in the files (the creator's calendar day); times are epoch milliseconds UTC.

/** Per-day numbers. Absent from a day's record = the files did not have that column; null = "no data". */
export const STUDIO_METRICS = [
  'videoViews',
  'profileViews',
  'likes',
  'comments',
  'shares',
  'totalViewers',
  'newViewers',
  'returningViewers',
  'followers',
  /** Follower change from the previous day: computed from `followers` (personal) or "Net growth" (Business). */
  'netFollowers',
  'reachedAudience',
  'newFollowers',
  'lostFollowers',
] as const;
export type StudioMetric = (typeof STUDIO_METRICS)[number];

export interface StudioDay {
  day: string;
  /** When the download that gave this day's numbers was made (the newest one when files overlap). */
  exportedAt: number;
  values: Partial<Record<StudioMetric, number | null>>;
}

/** Active followers in one hour of one day (FollowerActivity: 7 days × 24 hours). */
export interface StudioActivityHour {
  day: string;
  hour: number;
  active: number | null;
  exportedAt: number;
}

export type StudioDistributionKind = 'gender' | 'territory';

/** A share (0..1) of followers; a snapshot at export time. */
export interface StudioShare {
  kind: StudioDistributionKind;
  key: string;
  share: number;
  exportedAt: number;
}

/** A row of the top-content table (Content.csv or the Business videos file). */
export interface StudioContentRow {
  title: string;
  link: string | null;
  /** The video id from the link, when the link has one. */
  videoId: string | null;
  postedDay: string | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  views: number | null;
  favorites: number | null;
  exportedAt: number;
}

export type StudioFileKind =
  | 'overview'
  | 'viewers'
  | 'followerHistory'
  | 'followerActivity'
  | 'followerGender'
  | 'followerTerritories'
  | 'content'
  | 'businessDaily'
  | 'businessVideos';

export interface StudioFileInfo {
  /** File name as the user sees it, `Archive.zip/Overview.csv` for ZIP entries. */
  name: string;
  kind: StudioFileKind;
  rows: number;
  exportedAt: number;
  /** Where exportedAt came from: 'Content.csv Time column', 'file name', 'given', 'ZIP entry time', 'file time'. */
  exportedAtSource: string;
}

export interface StudioBundle {
  /** Newest export time among the files read. */
  exportedAt: number;
  exportedAtSource: string;
  /** The TikTok handle from a per-tab ZIP name (`Followers_<handle>.zip`), null when no name had one. */
  handle: string | null;
  /** sha256 over the bytes of every file read (names and order do not matter): pass to saveStudioBundle. */
  contentHash: string;
  /** Names of the files recognized (what the import JSON reports as `files`). */
  files: string[];
  fileInfo: StudioFileInfo[];
  /** Ascending by day, one record per day. */
  daily: StudioDay[];
  activity: StudioActivityHour[];
  distributions: StudioShare[];
  content: StudioContentRow[];
  /** Problems that did not stop the import, each naming its file. */
  warnings: string[];
}
