import { appHandlers } from './app';
import { importHandlers } from './imports';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...importHandlers,
};
