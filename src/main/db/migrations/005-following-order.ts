// The follow-date index on the following side goes: nothing reads a page of the following list in date
// order without sorting it anyway (TikTok caps following at 10,000 accounts, so those lists sort in
// milliseconds), and keeping the index cost a million-row import about three seconds of random B-tree
// inserts. The followers' index (snapshot_followers_by_time) stays: the fans list can hold millions.
export const sql = /* sql */ `
DROP INDEX snapshot_following_by_time;
`;
