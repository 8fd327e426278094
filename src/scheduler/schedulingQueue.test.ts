import { expect, test } from 'vitest';
import { makePod } from '../../test-support/scheduler.js';
import { SchedulingQueue } from './schedulingQueue.js';

test.each([
  { attempts: 1, want: 1000 }, { attempts: 2, want: 2000 }, { attempts: 3, want: 4000 }, { attempts: 4, want: 8000 },
    { attempts: 5, want: 10000 }, { attempts: 9, want: 10000 },
])('backoff after $attempts attempt(s) is $want ms (1 s doubling, capped at 10 s)', ({ attempts, want }) => {
  expect(new SchedulingQueue().backoffDuration(attempts)).toBe(want);
});

test('activeQ pops by priority, then arrival', () => {
  const q = new SchedulingQueue();
  q.add(makePod('low-early').priority(0).info(), 0);
  q.add(makePod('high-late').priority(100).info(), 5);
  q.add(makePod('low-late').priority(0).info(), 5);
  q.add(makePod('high-early').priority(100).info(), 1);
  const order: string[] = [];
  for (let x = q.pop(); x; x = q.pop()) order.push(x.info.name);
  expect(order).toEqual(['high-early', 'high-late', 'low-early', 'low-late']);
});

test('an event moves only pods whose rejecting plugin registered it; still backing off means backoffQ', () => {
  const q = new SchedulingQueue();
  q.add(makePod('a').info(), 0);
  q.add(makePod('b').info(), 0);
  const a = q.pop()!, b = q.pop()!;
  q.addUnschedulable(a, new Set(['NodeResourcesFit']), 0);
  q.addUnschedulable(b, new Set(['TaintToleration']), 0);
  const events = new Map([['NodeResourcesFit', ['NodeAdd', 'AssignedPodDelete'] as const],
    ['TaintToleration', ['NodeAdd', 'NodeTaintChange'] as const]]);
  expect(q.moveOnEvent('AssignedPodDelete', events, 500)).toBe(1);
  expect([q.activeCount, q.backoffCount, q.unschedulableCount]).toEqual([0, 1, 1]);
  expect(q.nextWake()).toBe(1000);
  q.flushBackoffCompleted(1000);
  expect(q.pop()!.info.name).toBe('a');
  // b waits for the 5-minute flush, checked every 30 s: first tick with more than 300 s waited is 330 s
  expect(q.nextWake()).toBe(330_000);
  q.flushUnschedulableLeftover(300_000);
  expect(q.unschedulableCount).toBe(1);
  q.flushUnschedulableLeftover(330_000);
  expect(q.pop()!.info.name).toBe('b');
});
