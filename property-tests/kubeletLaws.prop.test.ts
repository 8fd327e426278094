import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { PodPhase } from '../src/api/types.js';
import { DEFAULT_COMPONENTS } from '../src/engine/components.js';
import { Simulation } from '../src/engine/simulation.js';
import { tget } from '../src/reducers/table.js';
import { replay } from '../src/engine/replay.js';
import { toApi } from '../src/output/toApi.js';
import { kubeletScenarioArb } from './arbitraries/kubeletScenario.js';
import { runs } from './support/runs.js';
import { scenarioFrom } from '../test-support/scenario.js';

/** What the laws need from one run: every fact, plus each pod's phase and restart counts after every batch. */
function observe(yaml: string) {
  const sim = new Simulation(scenarioFrom(yaml), { components: DEFAULT_COMPONENTS });
  const phases = new Map<string, PodPhase[]>();
  const restarts = new Map<string, number[]>();
  const facts: { type: string; uid?: string; node?: string; container?: string; restartCount?: number; at: number }[] = [];
  const policy = new Map<string, string>();
  const sidecars = new Set<string>();
  sim.batches$.subscribe(({ events, state }) => {
    for (const e of events) {
      facts.push(e as never);
      if (!('uid' in e) || typeof e.uid !== 'string') continue;
      const pod = tget(state.pods, e.uid);
      if (!pod) continue;
      policy.set(e.uid, pod.spec.restartPolicy ?? 'Always');
      for (const c of pod.spec.initContainers ?? []) if (c.restartPolicy === 'Always') sidecars.add(`${e.uid}/${c.name}`);
      const ph = phases.get(e.uid) ?? [];
      if (ph[ph.length - 1] !== pod.status.phase) ph.push(pod.status.phase);
      phases.set(e.uid, ph);
      for (const st of [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])]) {
        const k = `${e.uid}/${st.name}`;
        const r = restarts.get(k) ?? [];
        r.push(st.restartCount);
        restarts.set(k, r);
      }
    }
  });
  sim.run();
  return { phases, restarts, facts, policy, sidecars };
}

const LEGAL: Record<PodPhase, readonly PodPhase[]> = {
  Pending: ['Running', 'Succeeded', 'Failed'], Running: ['Succeeded', 'Failed'], Succeeded: [], Failed: [], Unknown: [],
};
// 25 runs per law keep this file near 5 s on the shared machine; FC_NUM_RUNS=1000 for a deeper search.
const RUNS = { numRuns: runs(25) };

test('phase transitions are only the legal ones (Pending -> Running -> Succeeded | Failed)', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    for (const seq of observe(yaml).phases.values()) for (let i = 1; i < seq.length; i++) expect(LEGAL[seq[i - 1]]).toContain(seq[i]);
  }), RUNS);
});

test('restartCount never decreases', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    for (const seq of observe(yaml).restarts.values()) for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeGreaterThanOrEqual(seq[i - 1]);
  }), RUNS);
});

test('a pod never runs on two nodes', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    const nodes = new Map<string, Set<string>>();
    for (const f of observe(yaml).facts) {
      if ((f.type === 'PodScheduled' || f.type === 'PodSandboxReady') && f.uid && f.node) {
        const s = nodes.get(f.uid) ?? new Set();
        s.add(f.node);
        nodes.set(f.uid, s);
      }
    }
    for (const s of nodes.values()) expect(s.size).toBe(1);
  }), RUNS);
});

test('no container of a terminated pod runs: nothing starts after Succeeded, Failed or deletion', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    const o = observe(yaml);
    const deleted = new Set<string>();
    for (const f of o.facts) {
      if (!f.uid) continue;
      if (f.type === 'PodDeleted') { deleted.add(f.uid); continue; }
      if (deleted.has(f.uid)) throw new Error(`${f.type} ${f.container ?? ''} at ${f.at} after the pod ${f.uid} was deleted`);
    }
    for (const [uid, seq] of o.phases) {
      if (seq.includes('Succeeded') || seq.includes('Failed')) {
        // Once terminal, the last ContainerStarted must precede the first terminal-phase batch.
        const starts = o.facts.filter((f) => f.uid === uid && f.type === 'ContainerStarted').map((f) => f.at);
        const ends = o.facts.filter((f) => f.uid === uid && (f.type === 'ContainerExited' || f.type === 'OOMKilled' || f.type === 'PodStatusPatched')).map((f) => f.at);
        expect(Math.max(-1, ...starts)).toBeLessThanOrEqual(Math.max(-1, ...ends));
      }
    }
  }), RUNS);
});

test('restartPolicy Never never restarts an app or regular init container', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    const o = observe(yaml);
    for (const f of o.facts) {
      if (f.type !== 'ContainerCreated' || !f.uid || o.policy.get(f.uid) !== 'Never' || o.sidecars.has(`${f.uid}/${f.container}`)) continue;
      expect(f.restartCount).toBe(0);
    }
  }), RUNS);
});

test('replaying the kubelet facts rebuilds the live state', () => {
  fc.assert(fc.property(kubeletScenarioArb, (yaml) => {
    const sim = new Simulation(scenarioFrom(yaml), { components: DEFAULT_COMPONENTS });
    const events: unknown[] = [];
    sim.events$.subscribe(({ event }) => events.push(event));
    const live = sim.run();
    expect(toApi(replay(JSON.parse(JSON.stringify(events))))).toEqual(toApi(live));
  }), { numRuns: Math.ceil(RUNS.numRuns / 2) });
});
