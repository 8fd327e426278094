import fc from 'fast-check';
import { expect, test } from 'vitest';
import { EventQueue, Priority, type Priority as P } from '../src/clock/eventQueue.js';
import { runs } from './support/runs.js';

type Model = { at: number; priority: number; seq: number; item: number }[];
type Real = { q: EventQueue<number>; seq: number };

const priorities = Object.values(Priority) as P[];

class Push implements fc.Command<Model, Real> {
  constructor(readonly at: number, readonly priority: P, readonly item: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    r.q.push(this.at, this.item, this.priority);
    m.push({ at: this.at, priority: this.priority, seq: r.seq++, item: this.item });
  }
  toString = () => `push(${this.at}, p${this.priority}, ${this.item})`;
}

class Pop implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    m.sort((a, b) => a.at - b.at || a.priority - b.priority || a.seq - b.seq);
    const want = m.shift();
    const got = r.q.pop();
    expect(got && { at: got.at, item: got.item }).toEqual(want && { at: want.at, item: want.item });
    expect(r.q.size).toBe(m.length);
  }
  toString = () => 'pop()';
}

test('the queue pops in (at, priority, seq) order, like a sorted array', () => {
  const cmds = [
    fc.tuple(fc.integer({ min: 0, max: 50 }), fc.constantFrom(...priorities), fc.integer()).map(([at, p, i]) => new Push(at, p, i)),
    fc.constant(new Pop()),
  ];
  fc.assert(
    fc.property(fc.commands(cmds, { size: '+1' }), (commands) => {
      fc.modelRun(() => ({ model: [] as Model, real: { q: new EventQueue<number>(1), seq: 0 } }), commands);
    }),
    { numRuns: runs(200) },
  );
});
