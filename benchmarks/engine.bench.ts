import { EventQueue } from '../src/clock/eventQueue.js';
import { Rng } from '../src/clock/rng.js';
import { median, timeRuns, type Bench } from './harness.js';

/** Hold model: 100,000 pending events; each step pops the earliest and pushes one later. */
function queueHold(pending: number, steps: number): () => void {
  return () => {
    const rng = new Rng(1);
    const q = new EventQueue<number>(pending + 16);
    for (let i = 0; i < pending; i++) q.push(rng.int(0, 1_000_000), i);
    let sink = 0;
    for (let i = 0; i < steps; i++) {
      const e = q.pop()!;
      sink += e.item;
      q.push(e.at + 1 + ((i * 7919) % 100_000), i);
    }
    if (sink < 0) throw new Error('unreachable');
  };
}

export const benches: Bench[] = [
  {
    name: 'queue.hold',
    group: 'engine',
    run() {
      const pending = 100_000, steps = 1_000_000, runs = 7;
      const ms = median(timeRuns(queueHold(pending, steps), runs));
      const eps = Math.round(steps / (ms / 1000));
      return { lines: [{ bench: 'queue.hold', pending, n: steps, runs, medianMs: +ms.toFixed(1), opsPerSec: eps, seed: 1 }], metrics: { 'queue.events_per_s': eps } };
    },
  },
];
