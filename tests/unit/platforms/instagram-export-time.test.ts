// The day an Instagram export names itself by, and the time read from it: the container's hour when it
// falls on that day (in any zone), else the day itself, never earlier than the newest follow that day.
import { describe, expect, it } from 'vitest';
import {
  instagramExportTime,
  namedExportDay,
} from '../../../src/main/import/platforms/instagram/export-time';

const DAY = Date.UTC(2025, 5, 13);

describe('namedExportDay', () => {
  it("reads Instagram's ZIP and folder names, as browsers and unzip tools leave them", () => {
    expect(namedExportDay('instagram-some.user_1-2025-06-13-a1b2c3d4.zip')).toBe(DAY);
    expect(namedExportDay('instagram-some.user-2025-06-13-a1b2c3d4 (1).zip')).toBe(DAY);
    expect(namedExportDay('/home/me/Downloads/instagram-some.user-2025-06-13')).toBe(DAY);
  });
  it("names no day when the name is not Instagram's or the date is not a real one", () => {
    expect(namedExportDay('my followers.zip')).toBeNull();
    expect(namedExportDay('instagram-some.user-2025-02-30-a1b2.zip')).toBeNull();
    expect(namedExportDay('instagram-some.user-2025-06-133.zip')).toBeNull();
    expect(namedExportDay('tiktok-some.user-2025-06-13.zip')).toBeNull();
  });
});

describe('instagramExportTime', () => {
  const names = ['instagram-some.user-2025-06-13-a1b2.zip'];
  it("takes the container's hour on the named day, allowing for the zone it was written in", () => {
    const at = DAY + 20 * 3_600_000;
    expect(instagramExportTime({ names, containerTime: at, newestRecord: null })).toBe(at);
    // 09:00 local in UTC+14 is the evening before in UTC.
    const east = DAY - 5 * 3_600_000;
    expect(instagramExportTime({ names, containerTime: east, newestRecord: null })).toBe(east);
  });
  it('takes the day itself when the container time is elsewhere, but not before its newest follow', () => {
    const stale = Date.UTC(1980, 0, 1);
    expect(instagramExportTime({ names, containerTime: stale, newestRecord: null })).toBe(DAY);
    const follow = DAY + 9 * 3_600_000;
    expect(instagramExportTime({ names, containerTime: stale, newestRecord: follow })).toBe(follow);
    expect(instagramExportTime({ names, containerTime: null, newestRecord: DAY - 86_400_000 })).toBe(DAY);
  });
  it('says nothing without a named day', () => {
    expect(instagramExportTime({ names: ['x.zip', ''], containerTime: DAY, newestRecord: DAY })).toBeNull();
  });
});
