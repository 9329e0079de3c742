// Every write tells the pages what changed: the renderer's query cache keeps answers until a
// `data-changed` event, so a write that sends none leaves other pages showing stale data. Runs every
// write call of the contract through the real service on the bundled demo data.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames, isShellCall, type CallInput, type CallName } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/temp';
import { startService, type TestService } from '../import/service-helpers';

let cleanup: () => void;
let app: TestService;
let accountId: number;

/** Calls that only read: they must send no event (an event would make every page refetch). */
const READS = new Set<CallName>([
  'tips',
  'suggestions',
  'suggestionsCsv',
  'nicheProfile',
  'tagRules',
  'adviceSettings',
  'forecast',
  'adviceMetrics',
  'appInfo',
  'listAccounts',
  'audienceOverview',
  'growthSeries',
  'snapshotDiff',
  'reciprocity',
  'unfollowedByYou',
  'retention',
  'audienceList',
  'audienceCsv',
  'listTags',
  'backupDatabase',
  'postAnalytics',
  'cadenceAnalysis',
  'bestTimeToPost',
  'tagsAndSounds',
  'interestProfile',
  'yourActivity',
  'studioMetrics',
  'studioFollowerSeries',
  'listSnapshots',
  'cancelImport',
  'summary',
  'timeZoneSetting',
]);

/** Writes and the account their event must name (null: every account). */
type Write = [CallName, () => unknown, 'account' | 'all'];
const write = <K extends CallName>(name: K, input: () => CallInput<K>, scope: 'account' | 'all'): Write => [
  name,
  input,
  scope,
];
const WRITES: Write[] = [
  write('setTipState', () => ({ accountId, tipId: 'some-tip', state: 'dismissed' }), 'account'),
  [
    'dismissSuggestions',
    () => ({ accountId, list: 'review', usernames: ['someone'], dismissed: true }),
    'account',
  ],
  write('editNiche', () => ({ accountId, action: 'add', term: 'pottery' }), 'account'),
  write('addTagRule', () => ({ accountId, tag: 'clay', field: 'either', contains: 'clay' }), 'account'),
  write('deleteTagRule', () => ({ accountId, ruleId: 1 }), 'account'),
  write('setAdviceSettings', () => ({ accountId, reviewAfterDays: 30 }), 'account'),
  write('setFollowerGoal', () => ({ accountId, target: 50_000 }), 'account'),
  write('setKeep', () => ({ accountId, usernames: ['someone'], keep: true }), 'account'),
  write('addTags', () => ({ accountId, usernames: ['someone'], tags: ['friend'] }), 'account'),
  write('removeTags', () => ({ accountId, usernames: ['someone'], tags: ['friend'] }), 'account'),
  write('setNote', () => ({ accountId, username: 'someone', note: 'met at a fair' }), 'account'),
  write('setTimeZone', () => ({ timeZone: 'Asia/Tokyo' }), 'all'),
];
/** Writes covered by their own tests (imports, snapshot edits, removal and restore). */
const COVERED_ELSEWHERE = new Set<CallName>([
  'importPaths',
  'loadDemoData',
  'deleteSnapshot',
  'setSnapshotTime',
  'removeAccount',
  'restoreDatabase',
]);

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  app = startService(path.join(dir, 'followscope.db'));
  await app.call('loadDemoData', { jobId: 'demo' });
  accountId = (await app.call('listAccounts', {}))[0]!.id;
}, 60_000);

afterAll(() => {
  app.service.close();
  cleanup();
});

describe('data-changed events', () => {
  it('classifies every service call as a read or a write, so a new write cannot forget its event', () => {
    const written = new Set<CallName>(WRITES.map(([name]) => name));
    const unclassified = callNames.filter(
      (name) => !isShellCall(name) && !READS.has(name) && !written.has(name) && !COVERED_ELSEWHERE.has(name),
    );
    expect(unclassified).toEqual([]);
  });

  it.each(WRITES)('%s sends data-changed after it writes', async (name, input, scope) => {
    app.events.length = 0;
    await app.call(name, input() as never);
    expect(app.events).toEqual([{ type: 'data-changed', accountId: scope === 'all' ? null : accountId }]);
  });

  it('reads send no event', async () => {
    app.events.length = 0;
    await app.call('audienceList', { accountId, list: 'mutuals', limit: 10 });
    await app.call('suggestions', { accountId, list: 'review' });
    await app.call('tips', { accountId });
    await app.call('tagRules', { accountId });
    expect(app.events).toEqual([]);
  });
});
