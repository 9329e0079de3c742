// A username that opens the account's TikTok profile in the system browser, through the shell's
// allow-listed openExternal (the app window itself never navigates away).
import type { Platform } from '../../../shared/domain';

/** The public profile page of a TikTok username. */
export function tiktokProfileUrl(username: string): string {
  return `https://www.tiktok.com/@${encodeURIComponent(username)}`;
}

export function ProfileLink({
  username,
  platform = 'tiktok',
  className,
}: {
  username: string;
  platform?: Platform;
  className?: string;
}) {
  // Only TikTok profiles are on the allow-list; other platforms show the name alone.
  if (platform !== 'tiktok') return <span className={className}>@{username}</span>;
  const url = tiktokProfileUrl(username);
  return (
    <a
      href={url}
      className={className}
      title={`Open @${username} on TikTok`}
      data-testid="profile-link"
      onClick={(event) => {
        event.preventDefault();
        void window.followscope.openExternal({ url });
      }}
    >
      @{username}
    </a>
  );
}
