import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { chainHash, lineBody, parseLog, LogError, LogReader } from './log.js';
import type { ClusterEvent } from '../events/index.js';
import { replay } from './replay.js';
import { toApi } from '../output/toApi.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: log-test}
seed: 5
until: 4m
nodes: [{namePrefix: n-, count: 2, capacity: {cpu: "2", memory: 4Gi}}]
manifests:
  - {apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: c, image: busybox}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: b}, spec: {containers: [{name: c, image: busybox, resources: ` +
    `{requests: {cpu: "3"}}}]}}
timeline:
  - {at: 1m, nodeLost: n-1}
  - {at: 2m, delete: {kind: Pod, name: a}}
`;

const run = () => runWithLog(scenarioFrom(SCENARIO));

function errorOf(text: string): LogError {
  try { parseLog(text); } catch (e) { if (e instanceof LogError) return e; throw e; }
  throw new Error('log was accepted');
}

describe('the event log', () => {
  test('starts with a header and numbers every event line', () => {
    const { log, events } = run();
    const lines = log.trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ kubesimLog: 1, scenario: 'log-test', seed: 5, until: 240000 });
    expect(lines.length).toBe(events + 1);
    lines.slice(1).forEach((l, i) => expect(JSON.parse(l)).toMatchObject({ seq: i + 1 }));
    expect(JSON.parse(lines[lines.length - 1])).toMatchObject({ type: 'SimulationStopped', at: 240000 });
  });

  test('replaying an intact log gives the live state', () => {
    const r = run();
    const parsed = parseLog(r.log);
    expect(parsed.hash).toBe(r.logHash);
    expect(toApi(replay(parsed.events))).toEqual(toApi(r.state));
  });

  test('a changed byte is refused, naming its line', () => {
    const lines = run().log.split('\n');
    lines[3] = lines[3].replace('"at":0', '"at":1');
    expect(errorOf(lines.join('\n')).line).toBe(4);
  });

  test('a dropped line is refused, naming the line after it', () => {
    const lines = run().log.split('\n');
    lines.splice(5, 1);
    const e = errorOf(lines.join('\n'));
    expect(e.line).toBe(6);
    expect(e.message).toMatch(/^line 6: hash chain broken/);
  });

  test('a truncated tail is refused: a cut line, or whole lines missing at the end', () => {
    const log = run().log;
    expect(errorOf(log.slice(0, log.length - 20)).message).toMatch(/not valid JSON|hash/);
    const lines = log.trimEnd().split('\n');
    const e = errorOf(lines.slice(0, -3).join('\n') + '\n');
    expect(e.message).toContain('truncated');
    expect(e.line).toBe(lines.length - 3);
  });

  test('reordered lines are refused', () => {
    const lines = run().log.split('\n');
    [lines[2], lines[3]] = [lines[3], lines[2]];
    expect(errorOf(lines.join('\n')).line).toBe(3);
  });

  test('a line is seq, at, type, then the fact\'s fields in their order, whatever order the fact was built in', () => {
    const fields = { pod: 'default/a', uid: 'u1', object: { metadata: { name: 'a' } }, note: undefined };
    const typeFirst = { type: 'PodDeleted', at: 1500, ...fields } as unknown as ClusterEvent;
    const atFirst = { at: 1500, ...fields, type: 'PodDeleted' } as unknown as ClusterEvent;
    const want = '{"seq":7,"at":1500,"type":"PodDeleted","pod":"default/a","uid":"u1",' +
      '"object":{"metadata":{"name":"a"}}}';
    expect(lineBody(7, typeFirst)).toBe(want);
    expect(lineBody(7, atFirst)).toBe(want);
    const bare = { type: 'SimulationStopped', at: 3 } as unknown as ClusterEvent;
    expect(lineBody(2, bare)).toBe('{"seq":2,"at":3,"type":"SimulationStopped"}');
  });

  test('the chain hash is the first 16 hex digits of SHA-256 over the previous hash, a newline and the line', () => {
    const body = '{"seq":1,"at":0,"type":"SimulationStarted"}';
    expect(chainHash('abc', body)).toBe(createHash('sha256').update(`abc\n${body}`).digest('hex').slice(0, 16));
  });
});

describe('LogReader.skim: a line checked without parsing its fact', () => {
  /** Reads `text` with skim for every fact line (line() for the header): the hashes, or the error. */
  const skimmed = (text: string): string[] | LogError => {
    const lines = text.trimEnd().split('\n'), hashes: string[] = [];
    const reader = new LogReader(undefined, hashes, false);
    try {
      reader.line(lines[0], lines.length === 1);
      for (let i = 1; i < lines.length; i++) reader.skim(lines[i], i === lines.length - 1);
    } catch (e) { if (e instanceof LogError) return e; throw e; }
    return hashes;
  };

  test('gives the chain parseLog gives', () => {
    const log = run().log, hashes: string[] = [];
    parseLog(log, undefined, hashes);
    expect(skimmed(log)).toEqual(hashes);
  });

  test('refuses what parseLog refuses, naming the same line: an edit, a drop, a reorder, a cut', () => {
    const lines = run().log.trimEnd().split('\n');
    const edited = lines.slice(); edited[3] = edited[3].replace('"at":0', '"at":1');
    const dropped = lines.slice(); dropped.splice(5, 1);
    const reordered = lines.slice(); [reordered[2], reordered[3]] = [reordered[3], reordered[2]];
    const cut = lines.join('\n').slice(0, -20);
    for (const text of [edited.join('\n'), dropped.join('\n'), reordered.join('\n'), cut]) {
      const e = skimmed(text);
      expect(e).toBeInstanceOf(LogError);
      expect((e as LogError).line).toBe(errorOf(text).line);
    }
  });
});
