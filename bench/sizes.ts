// The export sizes `npm run bench` measures: followers, following and watch-history entries.
export interface BenchSize {
  label: string;
  followers: number;
  following: number;
  watched: number;
}

export const BENCH_SIZES: readonly BenchSize[] = [
  { label: '10k', followers: 10_000, following: 10_000, watched: 2_000 },
  { label: '100k', followers: 100_000, following: 100_000, watched: 20_000 },
  { label: '1M', followers: 1_000_000, following: 1_000_000, watched: 200_000 },
];
