// An account that opens its profile on its platform (TikTok, Instagram, X) in the system browser,
// through the shell's allow-listed openExternal (the app window itself never navigates away).
import { accountLabel, platformNames, profileUrl, type Platform } from '../../../shared/domain';

export function ProfileLink({
  username,
  platform = 'tiktok',
  className,
}: {
  username: string;
  platform?: Platform;
  className?: string;
}) {
  const url = profileUrl(platform, username);
  const label = accountLabel(platform, username);
  return (
    <a
      href={url}
      className={className}
      title={`Open ${label} on ${platformNames[platform]}`}
      data-testid="profile-link"
      onClick={(event) => {
        event.preventDefault();
        void window.followscope.openExternal({ url });
      }}
    >
      {label}
    </a>
  );
}
