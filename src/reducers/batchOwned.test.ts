import { describe, expect, test } from 'vitest';
import { parseLog } from '../engine/log.js';
import type { ClusterEvent } from '../events/index.js';
import { runWithLog, scenarioFile } from '../../test-support/scenario.js';
import { evolve, evolveAll } from './index.js';
import { initialState, type ClusterState } from './state.js';
import type { Table } from './table.js';

const isTable = (v: unknown): v is Table<unknown> => typeof v === 'object' && v !== null && 'beginBatch' in v;
/** The whole state as text, keys in their order: tables as their entries in iteration order. */
const text = (s: ClusterState): string => JSON.stringify(s, (_k, v: unknown) =>
  (isTable(v) ? v.entries() : v instanceof Set ? [...v as Set<unknown>] : v));

// Examples whose pods go through init containers, sidecars, probes, restarts, hooks and OOM kills.
const EXAMPLES = ['init-containers', 'sidecar-log-shipper', 'crash-loop', 'liveness-exec', 'lifecycle-hooks', 'oom',
  'nginx-deployment', 'node-failure'];

describe('pods changed in place by the batch that owns them (batchOwned.ts, podUpdate.ts ownedPod)', () => {
  test.each(EXAMPLES)('%s: one batch per fact or one per instant give the same state, and no earlier state changes',
    (name) => {
    const facts = parseLog(runWithLog(scenarioFile(`examples/${name}/scenario.yaml`)).log).events as ClusterEvent[];
    // One fact per batch, every state kept with its text as it was made.
    let one = initialState();
    const kept: { state: ClusterState; was: string }[] = [];
    for (const [i, e] of facts.entries()) {
      one = evolve(one, e);
      if (i % 7 === 0) kept.push({ state: one, was: text(one) });
    }
    // One batch per instant: a pod's facts of one instant change one owned copy.
    let joined = initialState();
    for (let i = 0; i < facts.length;) {
      let j = i;
      while (j < facts.length && facts[j].at === facts[i].at) j++;
      joined = evolveAll(joined, facts.slice(i, j));
      i = j;
    }
    expect(text(joined)).toBe(text(one));
    for (const k of kept) expect(text(k.state)).toBe(k.was);
  });
});
