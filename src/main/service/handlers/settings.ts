import type { settingsCalls } from '../../../shared/contract/settings';
import { TimeZoneError } from '../../analytics/engagement/time-zone';
import { setTimeZoneSetting, timeZoneSetting } from '../../analytics/time-zone-setting';
import { ServiceError } from '../errors';
import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<typeof settingsCalls> = {
  timeZoneSetting: (_input, ctx) => timeZoneSetting(ctx.db),
  setTimeZone: ({ timeZone }, ctx) => {
    let result;
    try {
      result = setTimeZoneSetting(ctx.db, timeZone);
    } catch (error) {
      if (error instanceof TimeZoneError) throw new ServiceError('BAD_INPUT', error.message);
      throw error;
    }
    // Every hour and weekday on every page moves with the zone.
    ctx.emit({ type: 'data-changed', accountId: null });
    return result;
  },
};
