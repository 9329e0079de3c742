// The sentences the pages show where a platform's export lacks something, written once per gap.
import { platformNames, type Platform } from '../../shared/domain';

/** Why there are no posts, likes, Studio figures or activity for this account. */
export function noPostsNote(platform: Platform): string {
  const name = platformNames[platform];
  return platform === 'x'
    ? `${name}'s archive as Followscope reads it holds followers and following only: posts, likes and activity are not in it.`
    : `${name}'s followers and following download has no posts, likes or activity: engagement is not in this export.`;
}

/** Why there is nothing by follow date for this account. */
export function noFollowDatesNote(platform: Platform): string {
  return `${platformNames[platform]}'s archive lists followers and following without dates: nothing here can be counted by follow date. Changes between exports are still compared.`;
}
