import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkpointHeaders, readCheckpoint, statePartTexts } from '../src/engine/checkpoint.js';
import { Lines } from '../src/engine/lines.js';
import { parseLog } from '../src/engine/log.js';
import { readLogTail } from '../src/engine/logTail.js';
import { replay } from '../src/engine/replay.js';
import { toApi } from '../src/output/toApi.js';
import { runWithLog, scenarioFrom } from '../test-support/scenario.js';
import { scenarioYamlArb } from './support/engineScenario.js';
import { runs } from './support/runs.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

// Law: `replay --at t` from the nearest checkpoint (its state, then the facts after it) equals
// the replay of every fact from the start, and each checkpoint holds exactly the state the facts
// before it replay to (engine/checkpoint.ts).
test('replay from a checkpoint equals replay from the first fact, at any time', () => {
  fc.assert(
    fc.property(scenarioYamlArb, fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }),
      (yaml, every, frac) => {
        const s = scenarioFrom(yaml);
        const ck: string[] = [];
        const r = runWithLog(s, { checkpoints: { every, write: (l) => ck.push(l) } });
        const events = parseLog(r.log).events;
        const lines = new Lines(bytes(ck.join(''))), logLines = new Lines(bytes(r.log));
        const headers = checkpointHeaders(lines);
        if (events.length > every + 2 && new Set(events.map((e) => e.at)).size > 2) {
          expect(headers.length).toBeGreaterThan(0);
        }
        for (const h of headers) {
          const before = replay(events.slice(0, h.seq));
          expect([...statePartTexts(readCheckpoint(lines, h))]).toEqual([...statePartTexts(before)]);
        }
        const t = Math.floor(s.until * frac);
        const h = headers.filter((x) => x.at <= t).pop();
        if (!h) return;
        const tail = readLogTail(logLines, h.seq, h.log, t);
        const fromCheckpoint = replay(tail.events, t, readCheckpoint(lines, h));
        const fromStart = replay(events, t);
        expect(toApi(fromCheckpoint)).toEqual(toApi(fromStart));
        expect([...statePartTexts(fromCheckpoint)]).toEqual([...statePartTexts(fromStart)]);
      }),
    { numRuns: runs(20) },
  );
});

test('an edited checkpoint line breaks its chain', () => {
  const s = scenarioFrom(fc.sample(scenarioYamlArb, { numRuns: 1, seed: 7 })[0]);
  const ck: string[] = [];
  runWithLog(s, { checkpoints: { every: 5, write: (l) => ck.push(l) } });
  const text = ck.join('');
  const lines = new Lines(bytes(text));
  const h = checkpointHeaders(lines)[0];
  expect(h).toBeDefined();
  const edited = text.replace('["time"],"value":', '["time"],"value":1');
  expect(edited).not.toBe(text);
  expect(() => readCheckpoint(new Lines(bytes(edited)), checkpointHeaders(new Lines(bytes(edited)))[0]))
    .toThrow(/hash chain broken/);
});
