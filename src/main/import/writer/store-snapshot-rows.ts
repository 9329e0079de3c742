// Everything a snapshot holds besides its own row, written inside the import's transaction once the
// export has been read whole: names become handles in one sorted bulk insert, then each list is appended
// in primary-key order, then posts, activity counts and the user's own lists. Each part is a save step.
//
// All of it runs on the import's one thread. Second threads were measured at 1M followers + 1M following
// on a 2-core box shared with other work (load 4-5), and none is kept: sorting runs of names on a worker
// during the read and merging them at its end (a heap merge took 1.5 s, as long as sorting everything
// anew; two-way merges as runs arrive took 0.9 s, but slowed the read from 4.5 to 8.5 s and raised the
// peak RSS from 281 to 462 MB), and writing the new names' JSON on a worker while SQLite inserts the
// chunk before (the handle step no faster, 2.4-3.2 s either way; peak RSS 286 -> 333 MB: a worker thread
// costs 14 MB by itself, 45 MB when it loads TypeScript through tsx as the benchmark and tests run it).
import type { Db } from '../../db/open';
import type { ActivityKind, PostRecord, TermKind } from '../sink';
import { collectGarbage } from './collect-garbage';
import type { DayCounts, TermCounts } from './day-counts';
import { withFollowerDateIndex } from './follower-index';
import { storeListFacts } from './list-facts';
import { storeOwnLists, type OwnListEntry } from './own-lists';
import type { CollapsedList, NameSlots, PersonList } from './people';
import type { SaveSteps } from './save-steps';
import { storeCounts, storePosts } from './store-activity';
import { storeHandles, storeList, storeMessages } from './store-people';

/** From this many distinct people on, memory is handed back explicitly between the steps. */
const LARGE_IMPORT_PEOPLE = 200_000;

/** What the reader collected for one snapshot, as the writer holds it. */
export interface CollectedRows {
  names: NameSlots;
  followers: PersonList;
  following: PersonList;
  blocked: PersonList;
  messages: PersonList;
  activity: DayCounts<ActivityKind>;
  terms: TermCounts<TermKind>;
  posts: readonly PostRecord[];
  ownLists: readonly OwnListEntry[];
}

export interface StoredTotals {
  followerTotal: number;
  followingTotal: number;
  postTotal: number;
}

export async function storeSnapshotRows(
  db: Db,
  steps: SaveSteps,
  snapshotId: number,
  accountId: number,
  rows: CollectedRows,
): Promise<StoredTotals> {
  await steps.begin('sorting');
  const people = rows.names.resolve();
  // Memory peaks while SQLite fills its page cache and sorter: the sort's scratch arrays go first (about
  // 70 MB at a million followers), then each list is collapsed onto its people, so that the per-record
  // columns (and which person each record is: about 40 MB) go before the handles are written, and the
  // names once they are handles (about 60 MB). Small imports skip the full collections (a few ms each).
  const large = people.size >= LARGE_IMPORT_PEOPLE;
  if (large) collectGarbage();
  const followerRecords = rows.followers.length;
  const collapse = (list: PersonList): CollapsedList => {
    const collapsed = list.collapse(people);
    list.release();
    return collapsed;
  };
  const followers = collapse(rows.followers);
  const following = collapse(rows.following);
  const blocked = collapse(rows.blocked);
  const messages = collapse(rows.messages);
  if (large) collectGarbage();
  await steps.begin('accounts');
  const { ids, order } = storeHandles(db, accountId, people);
  people.release();
  if (large) collectGarbage();
  await steps.begin('followers');
  const followerTotal = withFollowerDateIndex(db, followerRecords, () =>
    storeList(db, 'snapshot_followers', snapshotId, followers, ids, order),
  );
  await steps.begin('following');
  const followingTotal = storeList(db, 'snapshot_following', snapshotId, following, ids, order);
  await steps.begin('activity');
  storeListFacts(db, snapshotId, followers, following);
  storeList(db, 'snapshot_blocked', snapshotId, blocked, ids, order);
  storeMessages(db, snapshotId, messages, ids, order);
  const postTotal = storePosts(db, snapshotId, accountId, rows.posts);
  storeCounts(db, snapshotId, rows.activity, rows.terms);
  storeOwnLists(db, snapshotId, rows.ownLists);
  db.prepare('UPDATE snapshots SET follower_total = ?, following_total = ?, post_total = ? WHERE id = ?').run(
    followerTotal,
    followingTotal,
    postTotal,
    snapshotId,
  );
  return { followerTotal, followingTotal, postTotal };
}
