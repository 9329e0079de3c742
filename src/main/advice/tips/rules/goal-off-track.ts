// The follower goal has a deadline the current growth does not reach.
import { dayInZone, endOfDayInZone } from '../../../analytics/engagement/time-zone';
import { fmtInt } from '../../metrics';
import { MIN_FORECAST_POINTS, forecastFollowers } from '../../forecast';
import type { TipRule } from '../rule';

export const goalOffTrack: TipRule = {
  id: 'goal-off-track',
  dimension: 'growth',
  evaluate(m, ctx) {
    const goal = m.followerGoal;
    const followers = m.followers;
    // With today's count unknown, how far the goal is cannot be said: silent.
    if (!goal || !goal.deadline || followers === null || followers >= goal.target) return null;
    const f = forecastFollowers(m.snapshots, goal, { now: ctx.now, timeZone: m.timeZone });
    const model = f.models.find((x) => x.model === 'linear');
    if (!model) return null;
    // The deadline day ends at midnight in the product's zone, the zone the user picked the date in.
    const deadline = endOfDayInZone(goal.deadline, m.timeZone);
    const reach = model.reachDate ? Date.parse(model.reachDate) : null;
    if (reach !== null && reach <= deadline) return null;
    const perDay = model.slope;
    // From today: the days already past cannot be used any more.
    const needed = (goal.target - followers) / Math.max(1, (deadline - ctx.now) / 86_400_000);
    return {
      id: this.id,
      title: 'At this pace you will miss your follower goal',
      dimension: this.dimension,
      priority: 'medium',
      evidence: {
        text: `You gain about ${perDay.toFixed(1)} followers a day; reaching ${fmtInt(goal.target)} by ${goal.deadline} needs ${needed.toFixed(1)} a day${reach ? ` (the trend gets there on ${dayInZone(reach, m.timeZone)}, ${m.timeZone})` : ''}.`,
        values: [
          { label: 'Goal', value: goal.target },
          { label: 'Deadline', value: goal.deadline },
          { label: 'Followers a day now', value: Number(perDay.toFixed(1)) },
          { label: 'Followers a day needed', value: Number(needed.toFixed(1)) },
        ],
      },
      sample: { size: f.observations, unit: 'snapshots', minimum: MIN_FORECAST_POINTS },
      why: 'A goal with a date turns "post more" into a number you can check at every import.',
      action:
        'Raise your posting cadence, follow back engaged fans and focus follows on high follow-back niches, or move the deadline.',
    };
  },
};
