// The Growth series as chart points (epoch ms on `t`): the rebuilt curve, the snapshot counts and
// TikTok Studio's daily count. Built once per answer, not on every render.
import type { GrowthSeries, StudioFollowerPoint } from '../../../../shared/domain';

export function audiencePoints(series: GrowthSeries, studio: StudioFollowerPoint[]) {
  return {
    rebuilt: series.rebuilt.points.map((p) => ({
      t: Date.parse(p.period),
      rebuiltFollowers: p.followers,
      rebuiltFollowing: p.following,
    })),
    snaps: series.snapshots.map((s) => ({
      t: Date.parse(s.takenAt),
      followers: s.followers,
      following: s.following,
      profileFollowers: s.profileFollowers ?? undefined,
    })),
    studioDays: studio
      .filter((p) => p.followers !== null)
      .map((p) => ({ t: Date.parse(`${p.day}T23:59:59Z`), studioFollowers: p.followers ?? undefined })),
  };
}

export type AudiencePoints = ReturnType<typeof audiencePoints>;
