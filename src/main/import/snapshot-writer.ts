// Stores one account export as one snapshot, in ONE transaction that spans the whole streaming read.
//
// The import runs on its own connection (writer/import-connection.ts). While the reader streams, people
// (followers, following, blocked, message counterparts) are collected as UTF-8 bytes and integers in
// typed arrays (writer/people.ts), the content hash is written as bytes (writer/record-hash.ts), and
// activity/terms are counted per day; nothing touches the database until the export has been read
// whole. Then, inside the transaction begun at open, names become handles in one sorted bulk insert and
// each list is appended in primary-key order (writer/store-snapshot-rows.ts). Measured on a 2-core box,
// this is 3-5x faster than staging rows in temp tables and resolving them with joins on the NOCASE text
// index, and writing them as they are read (handle ids in arrival order, INSERT OR IGNORE and a join
// per batch of 10k) was 5x slower still, too slow even for a second thread: the username index and the
// list keys take random inserts (28.9 s against about 6 s at 1M followers + 1M following, load 4).
import type { ImportCounts } from '../../shared/domain';
import type { Db } from '../db/open';
import { findSnapshotByHash } from '../db/queries/snapshots';
import { recordSnapshotSource } from '../db/queries/snapshot-sources';
import type {
  AccountRecord,
  ActivityKind,
  ExportSink,
  MessageThreadRecord,
  PostRecord,
  ProfileRecord,
  SectionKind,
  SectionSkips,
  TermKind,
  TermRecord,
} from './sink';
import { INPUT_LIMITS } from './input-limits';
import { ImportInputError } from './sink';
import { NameSlots, PersonList } from './writer/people';
import { openImportConnection } from './writer/import-connection';
import { RecordProgress } from './writer/record-progress';
import { saveSteps } from './writer/save-steps';
import { uniquePostCount } from './writer/store-activity';
import { insertSnapshotRow, storedSnapshotTotals } from './writer/snapshot-row';
import { storeSnapshotRows } from './writer/store-snapshot-rows';
import { DayCounts, TermCounts } from './writer/day-counts';
import { RecordHash } from './writer/record-hash';
import {
  carried,
  LIST_ONLY_CORE,
  nothingReadable,
  sectionNotes,
  sectionReports,
} from './writer/section-report';
import { resolveAccount } from './writer/resolve-account';
import { ownListReports, type OwnListEntry } from './writer/own-lists';
import type { RelationKind } from './platforms/relations';
import { chooseTakenAt, FUTURE_SLACK_MS, type TakenAt } from './writer/taken-at';
import type { FinishOptions, SnapshotWriterOptions, WrittenSnapshot } from './writer/writer-options';

export type {
  BeforeCommit,
  FinishOptions,
  SnapshotWriterOptions,
  WrittenSnapshot,
} from './writer/writer-options';

export class SnapshotWriter implements ExportSink {
  /** The user's own lists (Instagram's sent requests, recently unfollowed, close friends, restricted). */
  private ownLists: OwnListEntry[] = [];
  /** Records per own list the export carried (0: the list was there, empty). */
  private readonly ownListRecords = new Map<RelationKind, number>();

  relation(list: RelationKind, record: AccountRecord): void {
    this.ownLists.push({ list, username: record.username, at: record.at });
    this.hash.add(`o\t${list}\t${record.username}\t${record.at}\n`);
  }

  relationDone(list: RelationKind, records: number): void {
    this.ownListRecords.set(list, (this.ownListRecords.get(list) ?? 0) + records);
    this.hash.add(`os\t${list}\t${records}\n`);
  }

  private readonly conn: Db;
  private readonly names = new NameSlots();
  private readonly followerRows = new PersonList();
  private readonly followingRows = new PersonList();
  private readonly blockedRows = new PersonList();
  private readonly messageRows = new PersonList(true);
  private readonly activityCounts = new DayCounts<ActivityKind>();
  private readonly termCounts = new TermCounts<TermKind>();
  private readonly posts: PostRecord[] = [];
  private readonly sectionRecords = new Map<SectionKind, number>();
  private readonly sectionSkips = new Map<SectionKind, SectionSkips>();
  private readonly warnings: string[] = [];
  private readonly hash = new RecordHash();
  private profileRecord: ProfileRecord = {
    username: null,
    displayName: null,
    followerCount: null,
    followingCount: null,
    likesReceived: null,
  };
  private newest: number | null = null;
  private readonly futureLimit = Date.now() + FUTURE_SLACK_MS;
  private readonly progressed: RecordProgress;
  private closed = false;

  private constructor(private readonly options: SnapshotWriterOptions) {
    this.progressed = new RecordProgress(options.onRecords);
    this.conn = openImportConnection(options.dbPath, options.nativeBinding);
  }

  /** Opens the import's own connection and begins its transaction. */
  static open(options: SnapshotWriterOptions): SnapshotWriter {
    return new SnapshotWriter(options);
  }

  get records(): number {
    return this.progressed.records;
  }

  get latestRecordTime(): number | undefined {
    return this.options.latestRecordTime;
  }

  get bytesRead(): number {
    return this.progressed.bytes;
  }

  // ---- ExportSink ------------------------------------------------------------------------------

  profile(record: ProfileRecord): void {
    const p = this.profileRecord;
    this.profileRecord = {
      username: record.username ?? p.username,
      placeholderUsername: record.placeholderUsername ?? p.placeholderUsername,
      displayName: record.displayName ?? p.displayName,
      followerCount: record.followerCount ?? p.followerCount,
      followingCount: record.followingCount ?? p.followingCount,
      likesReceived: record.likesReceived ?? p.likesReceived,
    };
    this.hash.add(
      `p\t${record.username}\t${record.displayName}\t${record.followerCount}\t${record.followingCount}\t${record.likesReceived}\n`,
    );
  }

  follower(record: AccountRecord): void {
    this.within(this.followerRows.length, 'followers', record.username);
    this.followerRows.add(this.names.add(record.username), record.at);
    this.person('F', record);
  }

  following(record: AccountRecord): void {
    this.within(this.followingRows.length, 'following', record.username);
    this.followingRows.add(this.names.add(record.username), record.at);
    this.person('G', record);
  }

  blocked(record: AccountRecord): void {
    this.within(this.blockedRows.length, 'blocked accounts', record.username);
    this.blockedRows.add(this.names.add(record.username), record.at);
    this.person('B', record);
  }

  activity(kind: ActivityKind, at: number): void {
    this.within(this.activityCounts.total(kind), kind);
    this.activityCounts.add(kind, at);
    this.seen(at);
    this.hash.addActivity(kind, at);
    this.progressed.counted();
  }

  term(kind: TermKind, record: TermRecord): void {
    if (record.term.length > INPUT_LIMITS.maxTermChars)
      this.refuse(
        `a ${kind} term of ${record.term.length} characters (at most ${INPUT_LIMITS.maxTermChars})`,
      );
    if (this.termCounts.distinct >= INPUT_LIMITS.maxDistinctTerms)
      this.refuse(`more than ${INPUT_LIMITS.maxDistinctTerms} distinct search terms and hashtags`);
    this.termCounts.add(kind, record.term, record.at);
    if (record.at !== null) this.seen(record.at);
    this.hash.add(`t\t${kind}\t${record.term}\t${record.at}\n`);
    this.progressed.counted();
  }

  post(record: PostRecord): void {
    this.within(this.posts.length, 'posts');
    this.posts.push(record);
    this.seen(record.postedAt);
    this.hash.add(`v\t${record.postedAt}\t${record.likes}\t${record.title}\t${record.sound}\n`);
    this.progressed.counted();
  }

  messageThread(record: MessageThreadRecord): void {
    this.within(this.messageRows.length, 'message threads', record.username);
    this.messageRows.add(this.names.add(record.username), record.lastAt, record.count);
    if (record.lastAt !== null) this.seen(record.lastAt);
    this.hash.add(`m\t${record.username}\t${record.count}\t${record.lastAt}\n`);
    this.progressed.counted();
  }

  sectionDone(section: SectionKind, records: number, skips?: SectionSkips): void {
    this.sectionRecords.set(section, (this.sectionRecords.get(section) ?? 0) + records);
    if (skips && skips.placeholders + skips.noDate + skips.repeats > 0) {
      const sum = this.sectionSkips.get(section) ?? { placeholders: 0, noDate: 0, repeats: 0 };
      sum.placeholders += skips.placeholders;
      sum.noDate += skips.noDate;
      sum.repeats += skips.repeats;
      this.sectionSkips.set(section, sum);
    }
    this.hash.add(`s\t${section}\t${records}\n`);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  progress(bytesRead: number): void {
    this.progressed.read(bytesRead);
  }

  // ---- end of the import -----------------------------------------------------------------------

  /**
   * Writes the snapshot and commits. When a snapshot with the same content exists, rolls back instead
   * and returns that one with `duplicate: true`.
   */
  async finish(options: FinishOptions): Promise<WrittenSnapshot> {
    if (this.closed) throw new Error('SnapshotWriter: already finished');
    try {
      return await this.write(options);
    } finally {
      this.close();
    }
  }

  /** Makes the next record throw `error`, ending the read from inside the reader (see known-source.ts). */
  stopReading(error: Error): void {
    this.progressed.stop(error);
  }

  /** Rolls the transaction back and closes the connection: the database is as it was. */
  abort(): void {
    if (!this.closed) this.close();
  }

  private async write(options: FinishOptions): Promise<WrittenSnapshot> {
    const db = this.conn;
    const file = options.description.sourceName;
    const contentHash = this.hash.digest();

    const p0 = this.profileRecord;
    const empty = nothingReadable(
      this.sectionRecords,
      this.progressed.records,
      p0.followerCount !== null || p0.followingCount !== null,
    );
    if (empty) throw new ImportInputError(file, empty);
    const platform = options.description.platform ?? 'tiktok';
    this.warnings.push(
      ...sectionNotes(
        file,
        this.sectionRecords,
        this.sectionSkips,
        platform === 'tiktok' ? undefined : LIST_ONLY_CORE,
        platform === 'tiktok' ? undefined : 'after the export',
      ),
    );
    const sections = [
      ...sectionReports(this.sectionRecords, this.sectionSkips),
      // Only Instagram exports have own lists: elsewhere they are not a section that could be missing.
      ...(options.description.platform === 'instagram' ? ownListReports(this.ownListRecords) : []),
    ];
    // A section the export did not carry is unknown: null, never "followers 0".
    const ifCarried = (section: SectionKind, n: number): number | null =>
      carried(sections, section) ? n : null;
    const counts = (followers: number, following: number, posts?: number): ImportCounts => ({
      followers: ifCarried('followers', followers),
      following: ifCarried('following', following),
      posts: ifCarried('posts', posts ?? uniquePostCount(this.posts)),
      likesGiven: ifCarried('likesGiven', this.activityCounts.total('likesGiven')),
      watched: ifCarried('watched', this.activityCounts.total('watched')),
      searches: ifCarried(
        'searches',
        Math.max(this.termCounts.total('search'), this.activityCounts.total('searches')),
      ),
    });

    const existing = findSnapshotByHash(db, contentHash);
    if (existing) {
      db.exec('ROLLBACK');
      const stored = storedSnapshotTotals(db, existing.id, existing.accountId);
      const found = counts(stored.followers, stored.following);
      // The same export from another file (its ZIP after its JSON): recognized from its bytes next time.
      if (options.sourceFingerprint) recordSnapshotSource(db, options.sourceFingerprint, existing.id, found);
      return {
        accountId: existing.accountId,
        account: stored.account,
        snapshotId: existing.id,
        duplicate: true,
        takenAt: { at: existing.takenAt, source: existing.takenAtSource as TakenAt['source'] },
        counts: found,
        sections,
        warnings: [...this.warnings],
      };
    }

    const account = resolveAccount(
      db,
      file,
      this.profileRecord,
      options.account,
      options.description.platform ?? 'tiktok',
    );
    const own = this.profileRecord.username;
    if (options.account && own && own.toLowerCase() !== options.account.replace(/^@/, '').toLowerCase()) {
      this.warnings.push(`${file}: the export belongs to @${own}; --account ${options.account} was not used`);
    }
    const takenAt = chooseTakenAt({
      given: options.exportedAt ?? null,
      exportTime: options.description.exportTime ?? null,
      newestRecord: this.newest,
      containerTime: options.description.containerTime,
      now: options.now ?? Date.now(),
    });
    const snapshotId = insertSnapshotRow(db, {
      accountId: account.id,
      takenAt,
      importedAt: options.now ?? Date.now(),
      contentHash,
      description: options.description,
      profile: this.profileRecord,
      sections,
      warnings: this.warnings,
    });
    const steps = saveSteps(this.options, options.signal);
    const { followerTotal, followingTotal, postTotal } = await storeSnapshotRows(
      db,
      steps,
      snapshotId,
      account.id,
      {
        names: this.names,
        followers: this.followerRows,
        following: this.followingRows,
        blocked: this.blockedRows,
        messages: this.messageRows,
        activity: this.activityCounts,
        terms: this.termCounts,
        posts: this.posts,
        ownLists: this.ownLists,
      },
    );
    const written = counts(followerTotal, followingTotal, postTotal);
    if (options.sourceFingerprint) recordSnapshotSource(db, options.sourceFingerprint, snapshotId, written);
    await steps.begin('audience');
    options.beforeCommit?.(db, account.id);
    await steps.begin('commit');
    db.exec('COMMIT');
    steps.end();
    return {
      accountId: account.id,
      account: account.username,
      snapshotId,
      duplicate: false,
      takenAt,
      counts: written,
      sections,
      warnings: [...this.warnings],
    };
  }

  private close(): void {
    this.closed = true;
    try {
      if (this.conn.inTransaction) this.conn.exec('ROLLBACK');
    } finally {
      this.conn.close();
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Refuses the export when a list is full or a username is longer than any real one. */
  private within(records: number, what: string, username?: string): void {
    if (records >= INPUT_LIMITS.maxRecordsPerSection)
      this.refuse(`more than ${INPUT_LIMITS.maxRecordsPerSection} ${what}, far beyond any real account`);
    if (username !== undefined && username.length > INPUT_LIMITS.maxUsernameChars)
      this.refuse(
        `a username of ${username.length} characters in ${what} (at most ${INPUT_LIMITS.maxUsernameChars})`,
      );
  }

  private refuse(problem: string): never {
    throw new ImportInputError(this.options.sourceName ?? 'the export', `${problem}; refused`);
  }

  private person(tag: string, record: AccountRecord): void {
    if (record.at !== null) this.seen(record.at);
    this.hash.addPerson(tag, record.username, record.at); // `${tag}\t${username}\t${numberText(at)}\n`
    this.progressed.counted();
  }

  private seen(at: number): void {
    if ((this.newest === null || at > this.newest) && at <= this.futureLimit) this.newest = at;
  }
}
