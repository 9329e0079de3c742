// Coverage: what each export carried. A section an export did not carry is unknown, not zero, so every
// section report gains a state: 'present' (records read), 'empty' (the section was there with no
// records) or 'absent' (not in the export). Imports before this version recorded only a record count,
// which cannot tell an empty section from a missing one: a count of 0 becomes 'absent' (unknown), the
// reading that never invents a loss.
//
// The audience aggregates now pair each snapshot with the previous one that carried the same list
// (followers with followers, following with following), so a snapshot without a following list does
// not read as "you unfollowed everyone". The following side's partner gets its own column, and every
// aggregate is recomputed on the next read (refresh sees no stored rows).
export const sql = /* sql */ `
UPDATE snapshots
   SET sections = (
     SELECT json_group_array(json_set(value, '$.state',
              CASE WHEN json_extract(value, '$.records') > 0 THEN 'present' ELSE 'absent' END))
       FROM json_each(snapshots.sections))
 WHERE json_valid(sections) AND json_array_length(sections) > 0;

ALTER TABLE audience_snapshot_stats ADD COLUMN prev_following_snapshot_id INTEGER;

DELETE FROM audience_events;
DELETE FROM audience_follow_days;
DELETE FROM audience_snapshot_stats;
`;
