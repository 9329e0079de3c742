import type { adviceCalls } from '../../../shared/contract/advice';
import type { NicheEdit } from '../../../shared/domain/advice';
import { collectMetrics } from '../../advice/collect-metrics';
import { forecastFollowers } from '../../advice/forecast';
import { nicheProfile } from '../../advice/niche';
import {
  addTagRule,
  deleteTagRule,
  listTagRules,
  readGoal,
  readSettings,
  setRowsDismissed,
  writeGoal,
  writeNicheEdit,
  writeSettings,
  writeTipState,
  type NicheEditState,
} from '../../advice/store';
import { suggestions, suggestionsCsv } from '../../advice/suggestions';
import { audiencePoints, listSnapshot } from '../../analytics/audience-facts';
import { fillTagged, tagMetrics } from '../../advice/tags';
import { tipsForAccount } from '../../advice/tips/for-account';
import type { Db } from '../../db/open';
import { TimeZoneError } from '../../analytics/engagement/time-zone';
import { effectiveTimeZone } from '../../analytics/time-zone-setting';
import { ServiceError } from '../errors';
import { dataChanged } from './changed';
import type { HandlersFor } from './types';

const DAY_MS = 86_400_000;

function zoneOrBadInput(resolve: () => string): string {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof TimeZoneError) throw new ServiceError('BAD_INPUT', error.message);
    throw error;
  }
}

function requireAccount(db: Db, accountId: number): void {
  if (!db.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId)) {
    throw new ServiceError('NOT_FOUND', `No account with id ${accountId}`);
  }
}

function tagsView(db: Db, accountId: number) {
  const latest = listSnapshot(db, accountId, 'both');
  fillTagged(db, accountId);
  return { rules: listTagRules(db, accountId), tags: latest ? tagMetrics(db, latest.id) : [] };
}

function forecastFor(db: Db, accountId: number) {
  const points = audiencePoints(db, accountId);
  return forecastFollowers(points, readGoal(db, accountId), {
    now: Date.now(),
    timeZone: effectiveTimeZone(db),
  });
}

const nicheState: Record<NicheEdit['action'], NicheEditState | null> = {
  add: 'added',
  remove: 'removed',
  pin: 'pinned',
  unpin: null,
  restore: null,
};

export const adviceHandlers: HandlersFor<typeof adviceCalls> = {
  tips: ({ accountId, timeZone }, ctx) => {
    requireAccount(ctx.db, accountId);
    const zone = zoneOrBadInput(() => effectiveTimeZone(ctx.db, timeZone));
    return { timeZone: zone, tips: tipsForAccount(ctx.db, accountId, Date.now(), zone) };
  },
  setTipState: ({ accountId, tipId, state, snoozeDays }, ctx) => {
    requireAccount(ctx.db, accountId);
    const until = state === 'snoozed' ? Date.now() + (snoozeDays ?? 14) * DAY_MS : null;
    writeTipState(ctx.db, accountId, tipId, state, until);
    dataChanged(ctx, accountId);
    return { updated: true };
  },
  suggestions: ({ accountId, list, limit }, ctx) => {
    requireAccount(ctx.db, accountId);
    return suggestions(ctx.db, accountId, list, limit);
  },
  dismissSuggestions: ({ accountId, list, usernames, dismissed }, ctx) => {
    requireAccount(ctx.db, accountId);
    setRowsDismissed(ctx.db, accountId, list, usernames, dismissed);
    dataChanged(ctx, accountId);
    return { updated: usernames.length };
  },
  suggestionsCsv: ({ accountId, list }, ctx) => {
    requireAccount(ctx.db, accountId);
    const result = suggestions(ctx.db, accountId, list, 1_000_000);
    return { filename: `followscope-${list}.csv`, csv: suggestionsCsv(result) };
  },
  nicheProfile: ({ accountId }, ctx) => {
    requireAccount(ctx.db, accountId);
    return nicheProfile(ctx.db, accountId);
  },
  editNiche: ({ accountId, action, term }, ctx) => {
    requireAccount(ctx.db, accountId);
    writeNicheEdit(ctx.db, accountId, term.toLowerCase(), nicheState[action]);
    dataChanged(ctx, accountId);
    return nicheProfile(ctx.db, accountId);
  },
  tagRules: ({ accountId }, ctx) => {
    requireAccount(ctx.db, accountId);
    return tagsView(ctx.db, accountId);
  },
  addTagRule: ({ accountId, tag, field, contains }, ctx) => {
    requireAccount(ctx.db, accountId);
    addTagRule(ctx.db, accountId, tag.toLowerCase(), field, contains.toLowerCase());
    dataChanged(ctx, accountId);
    return tagsView(ctx.db, accountId);
  },
  deleteTagRule: ({ accountId, ruleId }, ctx) => {
    requireAccount(ctx.db, accountId);
    deleteTagRule(ctx.db, accountId, ruleId);
    dataChanged(ctx, accountId);
    return tagsView(ctx.db, accountId);
  },
  adviceSettings: ({ accountId }, ctx) => {
    requireAccount(ctx.db, accountId);
    return readSettings(ctx.db, accountId);
  },
  setAdviceSettings: ({ accountId, ...patch }, ctx) => {
    requireAccount(ctx.db, accountId);
    const settings = writeSettings(ctx.db, accountId, patch);
    dataChanged(ctx, accountId);
    return settings;
  },
  setFollowerGoal: ({ accountId, target, deadline }, ctx) => {
    requireAccount(ctx.db, accountId);
    writeGoal(ctx.db, accountId, target === null ? null : { target, deadline: deadline ?? null });
    dataChanged(ctx, accountId);
    return forecastFor(ctx.db, accountId);
  },
  forecast: ({ accountId }, ctx) => {
    requireAccount(ctx.db, accountId);
    return forecastFor(ctx.db, accountId);
  },
  adviceMetrics: ({ accountId }, ctx) => {
    requireAccount(ctx.db, accountId);
    return collectMetrics(ctx.db, accountId, { timeZone: effectiveTimeZone(ctx.db) });
  },
};
