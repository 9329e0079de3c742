import { adviceHandlers } from './advice';
import { appHandlers } from './app';
import { audienceHandlers } from './audience';
import { dataHandlers } from './data';
import { engagementHandlers } from './engagement';
import { importHandlers } from './imports';
import { overviewHandlers } from './overview';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...adviceHandlers,
  ...appHandlers,
  ...audienceHandlers,
  ...dataHandlers,
  ...engagementHandlers,
  ...importHandlers,
  ...overviewHandlers,
  ...settingsHandlers,
};
