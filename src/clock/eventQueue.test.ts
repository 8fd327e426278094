import { describe, expect, test } from 'vitest';
import { EventQueue, Priority } from './eventQueue.js';

describe('EventQueue', () => {
  test('pops in time order, then priority, then insertion order', () => {
    const q = new EventQueue<string>(2);
    q.push(10, 'c');
    q.push(5, 'a');
    q.push(10, 'd', Priority.Scheduler);
    q.push(10, 'b0', Priority.Fault);
    q.push(10, 'b1', Priority.Fault);
    q.push(7, 'x');
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(`${e.at}:${e.item}`);
    expect(out).toEqual(['5:a', '7:x', '10:b0', '10:b1', '10:c', '10:d']);
  });

  test('peekTime is Infinity when empty and pop gives undefined', () => {
    const q = new EventQueue<number>();
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBeUndefined();
    q.push(3, 1);
    expect(q.peekTime()).toBe(3);
    expect(q.size).toBe(1);
  });

  test('rejects fractional times, naming the value', () => {
    expect(() => new EventQueue<number>().push(1.5, 0)).toThrow('event time must be whole milliseconds, got 1.5');
  });

  test('grows past its initial capacity without losing items', () => {
    const q = new EventQueue<number>(1);
    for (let i = 0; i < 1000; i++) q.push(1000 - i, i);
    let prev = -1, n = 0;
    for (let e = q.pop(); e; e = q.pop()) { expect(e.at).toBeGreaterThanOrEqual(prev); prev = e.at; n++; }
    expect(n).toBe(1000);
  });
});
