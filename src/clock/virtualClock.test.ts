import { expect, test } from 'vitest';
import { VirtualClock } from './virtualClock.js';

test('the clock moves forward in whole milliseconds and refuses to go back', () => {
  const c = new VirtualClock();
  expect(c.now).toBe(0);
  c.advanceTo(1500);
  expect(c.now).toBe(1500);
  c.advanceTo(1500);
  expect(() => c.advanceTo(1499)).toThrow('unable to travel back in time: now 1500 ms, asked 1499 ms');
  expect(() => c.advanceTo(1600.5)).toThrow('whole milliseconds');
});
