import { expect, test } from 'vitest';
import { humanDuration } from './humanDuration.js';

const s = 1000, m = 60 * s, h = 60 * m, d = 24 * h, y = 365 * d;

// Expectations follow apimachinery pkg/util/duration HumanDuration's branches (duration.go):
// seconds below 2m, m[s] below 10m, minutes below 3h, h[m] below 8h, hours below 48h,
// d[h] below 8d, days below 2y, y[d] below 8y, then years; -1s is "0s", earlier "<invalid>".
test.each([
  [-2 * s, '<invalid>'], [-1 * s, '0s'], [0, '0s'], [999, '0s'], [59 * s, '59s'], [119 * s, '119s'],
  [2 * m, '2m'], [2 * m + 5 * s, '2m5s'], [9 * m + 59 * s, '9m59s'], [10 * m, '10m'], [10 * m + 59 * s, '10m'],
  [179 * m, '179m'], [3 * h, '3h'], [3 * h + 5 * m, '3h5m'], [7 * h + 59 * m, '7h59m'], [8 * h, '8h'],
  [47 * h + 59 * m, '47h'], [48 * h, '2d'], [2 * d + 3 * h, '2d3h'], [7 * d + 23 * h, '7d23h'], [8 * d, '8d'],
  [2 * y - d, '729d'], [2 * y, '2y'], [2 * y + 10 * d, '2y10d'], [8 * y, '8y'], [20 * y + 100 * d, '20y'],
])('HumanDuration(%i ms) = %s', (ms, text) => {
  expect(humanDuration(ms)).toBe(text);
});
