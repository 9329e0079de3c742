// Tips for Instagram and X accounts from real imports: the same generated audience imported as a TikTok
// export, an Instagram export and an X archive. Only rules the platform's export can feed fire, and no
// tip speaks of TikTok to an Instagram or X account. X's archive has no follow dates, so the review
// backlog (follows unanswered for N days) that fires for TikTok and Instagram stays silent for X.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform, TipView } from '../../../src/shared/domain';
import { ruleApplies } from '../../../src/main/advice/tips/engine';
import { tipRules } from '../../../src/main/advice/tips/registry';
import type { AccountMetrics } from '../../../src/main/advice/metrics';
import { generateHistory } from '../../fixtures/history';
import { writeInstagramExport } from '../../fixtures/instagram/export';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { writeXArchive } from '../../fixtures/x/archive';
import { startService, type TestService } from '../import/service-helpers';

const USER = 'same.creator';
const model = generateHistory({
  seed: 21,
  username: USER,
  startFollowers: 240,
  followingCount: 120,
  snapshots: 2,
  months: 6,
});

let dir: string;
let svc: TestService;
const tips = new Map<Platform, TipView[]>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-platform-tips-'));
  svc = startService(path.join(dir, 'db.sqlite'));
  const files: string[] = [];
  for (const i of [0, 1]) {
    files.push(
      writeAccountExport(model, i, { layout: 'B', container: 'zip' }, path.join(dir, `tiktok-${i}.zip`)).path,
      writeInstagramExport(
        model,
        i,
        { shape: '2025', format: 'json', container: 'zip' },
        path.join(dir, `instagram-${i}.zip`),
      ).path,
      writeXArchive(model, i, { container: 'zip' }, path.join(dir, `x-${i}.zip`)).path,
    );
  }
  for (const [i, file] of files.entries()) await svc.call('importPaths', { jobId: `j${i}`, paths: [file] });
  for (const account of await svc.call('listAccounts', {})) {
    expect(account.snapshotCount).toBe(2);
    tips.set(account.platform, (await svc.call('tips', { accountId: account.id })).tips);
  }
}, 120_000);

afterAll(() => {
  svc.service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Whether a rule may run for the platform (the engine's own gate, on metrics of that platform). */
const applies = (platform: Platform, id: string) =>
  ruleApplies(
    tipRules.find((r) => r.id === id)!,
    { platform } as AccountMetrics,
  );

describe('tips by platform, from real imports of one audience', () => {
  it('imports the audience on all three platforms', () => {
    expect([...tips.keys()].sort()).toEqual(['instagram', 'tiktok', 'x']);
  });

  it('the follow-age review fires where follows are dated (TikTok, Instagram), not for X', () => {
    const ids = (p: Platform) => tips.get(p)!.map((t) => t.id);
    expect(ids('tiktok')).toContain('review-backlog');
    expect(ids('instagram')).toContain('review-backlog');
    expect(ids('x')).not.toContain('review-backlog');
  });

  for (const platform of ['instagram', 'x'] as const) {
    it(`${platform}: every tip comes from a rule its export can feed, and none speaks of TikTok`, () => {
      const got = tips.get(platform)!;
      expect(got.length).toBeGreaterThan(0);
      for (const tip of got) expect(applies(platform, tip.id), tip.id).toBe(true);
      expect(JSON.stringify(got)).not.toMatch(/TikTok|For You feed|video/i);
    });
  }
});
