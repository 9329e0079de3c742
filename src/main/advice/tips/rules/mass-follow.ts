// A burst of new follows between two snapshots, well above the account's usual pace.
import { scaledPriority } from '../priority';
import { DAY_MS, datesIn, fmtDate, fmtInt, round } from '../../metrics';
import { median } from '../../stats';
import type { TipRule } from '../rule';

/** Fewer new follows than this in one interval is not a spike. */
export const MIN_FOLLOWS_ADDED = 50;

/** Follows a day above which a burst is worth a warning, whatever the usual pace. */
const MIN_DAILY = 30;

export const massFollow: TipRule = {
  id: 'mass-follow',
  dimension: 'algorithm',
  evaluate(m) {
    const recent = m.intervals.filter((i) => i.to >= m.asOf - 180 * DAY_MS && i.days > 0);
    if (recent.length === 0) return null;
    const rates = m.intervals.filter((i) => i.days > 0).map((i) => i.followsAdded / i.days);
    let spike: (typeof recent)[number] | null = null;
    let spikeRate = 0;
    for (const i of recent) {
      const rate = i.followsAdded / i.days;
      const others = rates.filter((r) => r !== rate);
      const usual = others.length > 0 ? median(others) : 0;
      if (i.followsAdded >= MIN_FOLLOWS_ADDED && rate >= MIN_DAILY && rate >= 3 * usual && rate > spikeRate) {
        spike = i;
        spikeRate = rate;
      }
    }
    if (!spike) return null;
    const latest = spike.toSnapshotId === m.snapshotId;
    const zone = m.timeZone;
    return {
      id: this.id,
      title: 'A burst of follows can look like automation',
      dimension: this.dimension,
      priority: scaledPriority(latest ? 'high' : 'medium', m.followers),
      evidence: {
        text: `Between ${fmtDate(spike.from, zone)} and ${fmtDate(spike.to, zone)} (${datesIn(zone)}) you followed ${fmtInt(spike.followsAdded)} new accounts, about ${round(spikeRate, 0)} a day.`,
        values: [
          { label: 'New follows', value: spike.followsAdded },
          { label: 'Per day', value: round(spikeRate, 0) },
          { label: 'From', value: fmtDate(spike.from, zone) },
          { label: 'To', value: fmtDate(spike.to, zone) },
        ],
      },
      sample: { size: spike.followsAdded, unit: 'follows added in the interval', minimum: MIN_FOLLOWS_ADDED },
      why: 'Platforms limit and sometimes restrict accounts that follow or unfollow in bursts, and mass follows rarely turn into engaged followers.',
      action:
        'Follow a few accounts a day from the niches that follow you back, and never unfollow them in bulk later.',
    };
  },
};
