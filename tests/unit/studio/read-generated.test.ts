// Reads generated Studio downloads (tests/fixtures/studio) in every fixture locale, CSV and XLSX, per-tab
// ZIPs and loose files, personal and Business shapes, and compares with the generator's truth.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStudioInputs } from '../../../src/main/import/studio';
import type { StudioBundle } from '../../../src/main/import/studio';
import { STUDIO_LOCALES } from '../../fixtures/studio/dates';
import { writeStudioDownloads, type StudioWriteOptions } from '../../fixtures/studio/downloads';
import { generateStudio, type StudioModel, type StudioOptions } from '../../fixtures/studio/model';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-read-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

async function generateAndRead(model: StudioModel, options: StudioWriteOptions): Promise<StudioBundle> {
  const dir = path.join(root, String(n++));
  const files = writeStudioDownloads(model, options, dir);
  return readStudioInputs(files, {});
}

function expectPersonalTruth(bundle: StudioBundle, model: StudioModel): void {
  expect(bundle.daily.map((d) => d.day)).toEqual(model.days.map((d) => d.date));
  model.days.forEach((truth, i) => {
    const v = bundle.daily[i]!.values;
    expect(v).toMatchObject({
      videoViews: truth.videoViews,
      profileViews: truth.profileViews,
      likes: truth.likes,
      comments: truth.comments,
      shares: truth.shares,
      totalViewers: truth.totalViewers,
      newViewers: truth.newViewers,
      returningViewers: truth.returningViewers,
      followers: truth.followers,
      // The first day has no previous day in the file to compute the difference from.
      netFollowers: i === 0 ? null : truth.followerDifference,
    });
  });
  expect(bundle.activity.map((a) => [a.day, a.hour, a.active])).toEqual(
    model.activity.map((a) => [a.date, a.hour, a.activeFollowers]),
  );
  expect(bundle.distributions.filter((d) => d.kind === 'gender').map((d) => [d.key, d.share])).toEqual(
    model.gender.map((g) => [g.gender, Number(g.share)]),
  );
  expect(bundle.distributions.filter((d) => d.kind === 'territory').map((d) => [d.key, d.share])).toEqual(
    model.territories.map((t) => [t.territory, Number(t.share)]),
  );
  expect(
    bundle.content.map((c) => [c.videoId, c.title, c.postedDay, c.likes, c.comments, c.shares, c.views]),
  ).toEqual(
    model.posts.map((p) => [
      p.videoId,
      p.title,
      p.postedAt.slice(0, 10),
      p.likes,
      p.comments,
      p.shares,
      p.views,
    ]),
  );
  expect(bundle.handle).toBe(model.handle);
}

describe('generated Studio downloads', () => {
  for (const locale of STUDIO_LOCALES) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`reads ${locale} ${format} per-tab ZIPs`, async () => {
        const model = generateStudio({ seed: 7 + n, handle: 'glow.daily', days: 40 });
        const bundle = await generateAndRead(model, {
          locale,
          format,
          sharedStrings: locale.length % 2 === 0,
        });
        expectPersonalTruth(bundle, model);
        expect(bundle.files).toHaveLength(7);
        expect(bundle.exportedAtSource).toBe('file name');
        expect(bundle.warnings).toEqual([]);
      });
    }
  }

  it('reads loose files dated by their file time, with a range across New Year and a two-day lag', async () => {
    const options: StudioOptions = {
      seed: 3,
      handle: 'new.year',
      days: 90,
      lagDays: 2,
      exportDate: new Date(Date.UTC(2027, 0, 20, 8)),
    };
    const model = generateStudio(options);
    expect(model.days[0]!.date.startsWith('2026-')).toBe(true);
    const bundle = await generateAndRead(model, { locale: 'ru', container: 'files' });
    expectPersonalTruth(bundle, model);
    expect(bundle.exportedAtSource).toBe('file time');
  });

  it('a given export date wins over file times', async () => {
    const model = generateStudio({
      seed: 4,
      handle: 'given',
      days: 30,
      exportDate: new Date(Date.UTC(2026, 0, 5, 10)),
    });
    const dir = path.join(root, String(n++));
    const files = writeStudioDownloads(model, { locale: 'es', container: 'files', tabs: ['Overview'] }, dir);
    // Files copied later: their times say a year later, which would put every day a year off.
    const later = new Date(Date.UTC(2027, 0, 5));
    for (const f of files) fs.utimesSync(f, later, later);
    const wrong = await readStudioInputs(files, {});
    expect(wrong.daily[0]!.day.startsWith('2026-')).toBe(true);
    const right = await readStudioInputs(files, { exportedAt: model.exportMs });
    expect(right.daily.map((d) => d.day)).toEqual(model.days.map((d) => d.date));
    expect(right.exportedAtSource).toBe('given');
  });

  it('reads the Business shape (NAN and --, other columns, full dates and timestamps)', async () => {
    const model = generateStudio({ seed: 5, handle: 'shop.biz', days: 50, undefinedCells: 4 });
    const bundle = await generateAndRead(model, { business: true, tabs: ['Overview', 'Content'] });
    expect(bundle.fileInfo.map((f) => f.kind)).toEqual(['businessDaily', 'businessVideos']);
    expect(bundle.daily.map((d) => d.day)).toEqual(model.days.map((d) => d.date));
    model.days.forEach((truth, i) => {
      expect(bundle.daily[i]!.values).toEqual({
        videoViews: truth.videoViews,
        reachedAudience: truth.totalViewers,
        profileViews: truth.profileViews,
        likes: truth.likes,
        shares: truth.shares,
        comments: truth.comments,
        netFollowers: truth.followerDifference,
        newFollowers: truth.newFollowers,
        lostFollowers: truth.lostFollowers,
      });
    });
    expect(bundle.content.map((c) => [c.videoId, c.postedDay, c.views, c.favorites])).toEqual(
      model.posts.map((p) => [p.videoId, p.postedAt.slice(0, 10), p.views, p.favorites]),
    );
  });

  it('reads a small account whose audience files hold only their header', async () => {
    const model = generateStudio({ seed: 6, handle: 'tiny', days: 10, noAudience: true });
    const bundle = await generateAndRead(model, { tabs: ['Followers'] });
    expect(bundle.distributions).toEqual([]);
    expect(bundle.warnings.filter((w) => /header only/.test(w))).toHaveLength(2);
    expect(bundle.daily.map((d) => d.values.followers)).toEqual(model.days.map((d) => d.followers));
  });
});
