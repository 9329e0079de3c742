import type { FollowscopeWindowApi } from '../../shared/client';

declare global {
  interface Window {
    followscope: FollowscopeWindowApi;
  }
}
