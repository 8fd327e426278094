import { expect, test } from 'vitest';
import type { RecordedEvent } from './fromFact.js';
import { EventRecorder } from './record.js';

const ev = (reason: string, message: string, name = 'web-0'): RecordedEvent & { host: string } => ({
  object: `pod/${name}`, type: 'Warning', reason, message, component: 'kubelet', host: 'node-a', real: true,
  newApi: false, involvedObject: { kind: 'Pod', namespace: 'default', name, uid: `uid-${name}`, apiVersion: 'v1' } });
const received = (r: EventRecorder) => [...r.received()].map(([first, last, count, message]) =>
  ({ first, last, count, message }));

// client-go tools/record events_cache.go (v0.34): defaultSpamBurst 25, defaultSpamQPS 1/300,
// defaultAggregateMaxEvents 10 within defaultAggregateIntervalInSeconds 600.
test('the spam filter lets 25 events about one object through, then one per 5 minutes; the count goes on', () => {
  const r = new EventRecorder();
  for (let s = 0; s < 30; s++) r.add(ev('BackOff', 'Back-off restarting failed container'), s * 1000);
  expect(received(r)).toEqual([{ first: 0, last: 24_000, count: 25, message: 'Back-off restarting failed container' }]);
  // 300 s after the 30th occurrence one token is back: the server sees the logger's count, 31.
  r.add(ev('BackOff', 'Back-off restarting failed container'), 29_000 + 300_000);
  expect(received(r)).toEqual([{ first: 0, last: 329_000, count: 31,
    message: 'Back-off restarting failed container' }]);
  // The bucket is per object: another pod is not limited by the first one's spam.
  r.add(ev('BackOff', 'Back-off restarting failed container', 'web-1'), 329_000);
  expect(received(r)).toHaveLength(2);
});

test('the 10th different message of one reason within 10 minutes is combined, and counted on the aggregate', () => {
  const r = new EventRecorder();
  for (let i = 0; i < 12; i++) r.add(ev('Unhealthy', `Readiness probe failed: attempt ${i}`), i * 10_000);
  const got = received(r);
  expect(got.slice(0, 9).map((e) => e.message)).toEqual(Array.from({ length: 9 },
    (_, i) => `Readiness probe failed: attempt ${i}`));
  expect(got[9]).toEqual({ first: 90_000, last: 110_000, count: 3,
    message: '(combined from similar events): Readiness probe failed: attempt 11' });
  // More than 10 minutes of quiet: the aggregate record starts over and messages stand alone again.
  r.add(ev('Unhealthy', 'Readiness probe failed: later'), 110_000 + 600_001);
  expect(received(r).at(-1)!.message).toBe('Readiness probe failed: later');
});
