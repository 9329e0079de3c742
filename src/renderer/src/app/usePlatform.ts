// The shown account's platform and what its export can hold, read from the one shared table, so each
// page hides what the platform's export cannot have instead of drawing empty charts or zeros.
import { platformHas, platformNames, type ExportCapability, type Platform } from '../../../shared/domain';
import { useAccount } from './AccountContext';

export interface PlatformView {
  platform: Platform;
  /** "TikTok", "Instagram", "X". */
  name: string;
  has(capability: ExportCapability): boolean;
}

export function usePlatform(): PlatformView {
  const platform = useAccount().account?.platform ?? 'tiktok';
  return {
    platform,
    name: platformNames[platform],
    has: (capability) => platformHas(platform, capability),
  };
}
