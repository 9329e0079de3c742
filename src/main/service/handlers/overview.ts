import type { overviewCalls } from '../../../shared/contract/overview';
import { accountSummary } from '../../analytics/summary';
import { ServiceError } from '../errors';
import type { HandlersFor } from './types';

export const overviewHandlers: HandlersFor<typeof overviewCalls> = {
  summary: (input, ctx) => {
    const summary = accountSummary(ctx.db, input.accountId);
    if (!summary) throw new ServiceError('NOT_FOUND', `No account with id ${input.accountId}`);
    return summary;
  },
};
