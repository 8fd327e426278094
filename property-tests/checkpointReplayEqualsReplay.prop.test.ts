import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkpointsIn, checkpointState } from '../src/engine/checkpoint.js';
import { Lines } from '../src/engine/lines.js';
import { parseLog } from '../src/engine/log.js';
import { readLogTail } from '../src/engine/logTail.js';
import { replay } from '../src/engine/replay.js';
import { toApi } from '../src/output/toApi.js';
import { encodeState } from '../src/reducers/snapshotWriter.js';
import { runWithLog, scenarioFrom } from '../test-support/scenario.js';
import { scenarioYamlArb } from './support/engineScenario.js';
import { runs } from './support/runs.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** A run's checkpoints file, as run --checkpoint-every writes it. */
const checkpointsFile = (yaml: string, every: number): { file: Buffer; log: string; until: number } => {
  const s = scenarioFrom(yaml);
  const ck: Buffer[] = [];
  const r = runWithLog(s, { checkpoints: { every, write: (c) => ck.push(Buffer.from(c)) } });
  return { file: Buffer.concat(ck), log: r.log, until: s.until };
};

// Law: `replay --at t` from the nearest checkpoint (its state, then the facts after it) equals
// the replay of every fact from the start, and each checkpoint holds exactly the state the facts
// before it replay to (engine/checkpoint.ts): decoded, and encoded alone, it has the bytes of
// that state encoded alone (a run's checkpoints share one encoder, which numbers values by first sight).
test('replay from a checkpoint equals replay from the first fact, at any time', () => {
  fc.assert(
    fc.property(scenarioYamlArb, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }),
      (yaml, every, frac) => {
        const { file, log, until } = checkpointsFile(yaml, every);
        const events = parseLog(log).events;
        const checkpoints = checkpointsIn(file);
        if (events.length > every + 2 && new Set(events.map((e) => e.at)).size > 2) {
          expect(checkpoints.length).toBeGreaterThan(0);
        }
        for (const c of checkpoints) {
          const before = encodeState(replay(events.slice(0, c.header.seq)));
          expect(Buffer.from(encodeState(checkpointState(c))).equals(before)).toBe(true);
        }
        const t = Math.floor(until * frac);
        const c = checkpoints.filter((x) => x.header.at <= t).pop();
        if (!c) return;
        const tail = readLogTail(new Lines(bytes(log)), c.header.seq, c.header.log, t);
        const fromCheckpoint = replay(tail.events, t, checkpointState(c));
        const fromStart = replay(events, t);
        expect(toApi(fromCheckpoint)).toEqual(toApi(fromStart));
        expect(Buffer.from(encodeState(fromCheckpoint)).equals(encodeState(fromStart))).toBe(true);
      }),
    { numRuns: runs(20) },
  );
});

// Law: a checkpoint is tamper-evident: any changed byte of its state, or of its header's chained
// fields, is refused (and a checkpoint is only ever read through checkpointAt's checks).
test('a changed byte anywhere in a checkpoint is refused', () => {
  const yaml = fc.sample(scenarioYamlArb, { numRuns: 1, seed: 7 })[0];
  const { file } = checkpointsFile(yaml, 5);
  const first = checkpointsIn(file)[0];
  expect(first).toBeDefined();
  fc.assert(fc.property(fc.integer({ min: 0, max: first.length - 2 }), fc.integer({ min: 1, max: 255 }),
    (at, x) => {
      const edited = Buffer.from(file);
      edited[at] ^= x;
      expect(() => checkpointsIn(edited.subarray(0, first.length))).toThrow();
    }), { numRuns: runs(200) });
  const mid = Buffer.from(file);
  mid[first.length - first.state.length] ^= 1; // a byte in the middle of the state
  expect(() => checkpointsIn(mid)).toThrow(/hash chain broken at its state/);
});
