import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '..');
const files = readdirSync(DIR).filter((f) => f.endsWith('.prop.test.ts'));

// `npm run test:fuzz` widens every property with FC_NUM_RUNS; a bare `numRuns: 30` would win over it.
test.each(files)('%s takes its case count from runs() (FC_NUM_RUNS honoured)', (f) => {
  const text = readFileSync(join(DIR, f), 'utf8');
  const bare = [...text.matchAll(/numRuns: (\d+)/g)].filter((m) => !/seed, numRuns: \d+/.test(
    text.slice(Math.max(0, (m.index ?? 0) - 6), (m.index ?? 0) + m[0].length)));
  expect(bare.map((m) => m[0])).toEqual([]);
});
