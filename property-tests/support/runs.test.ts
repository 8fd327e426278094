import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = join(import.meta.dirname, '..');
const files = readdirSync(DIR).filter((f) => f.endsWith('.prop.test.ts'));

// `npm run test:fuzz` widens every property with FC_NUM_RUNS; a bare `numRuns: 30` would win over it.
test.each(files)('%s takes its case count from runs() (FC_NUM_RUNS honoured)', (f) => {
  const text = readFileSync(join(DIR, f), 'utf8');
  // A sample's size (fc.sample, sampleAsChecked) is not a property's case count.
  const bare = [...text.matchAll(/numRuns: (\d+)/g)].filter((m) => !/sample\w*\([^;]*$/.test(
    text.slice(Math.max(0, (m.index ?? 0) - 200), m.index ?? 0)));
  expect(bare.map((m) => m[0])).toEqual([]);
});
