import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toAmounts } from '../src/api/resources.js';
import type { Pod, Taint, Toleration } from '../src/api/types.js';
import type { ClusterEvent, SchedulingAttemptExplained } from '../src/events/index.js';
import { tget, tvalues } from '../src/reducers/table.js';
import { podResources } from '../src/scheduler/podInfo.js';
import { runScheduling, schedulingScenario } from '../test-support/scheduler.js';
import { clusterArb, priorityClasses, toNode, toPod } from './arbitraries/schedulingCluster.js';
import { runs } from './support/runs.js';

/** Independent reference checks (not the plugins' code). */
const tolerated = (taint: Taint, tols: readonly Toleration[]): boolean =>
  tols.some((t) => (!t.effect || t.effect === taint.effect) && (!t.key || t.key === taint.key) && (t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '')));

function run(withPriority: boolean, cluster: [ReturnType<typeof toNode>[] | never, never] | unknown, rules: { antiAffinity: Record<string, boolean>; spread: Record<string, boolean> }) {
  const [gn, gp] = cluster as [Parameters<typeof toNode>[0][], Parameters<typeof toPod>[0][]];
  // With priorities, the highest-priority pods arrive later (2 s), so they meet lower-priority pods already bound.
  const early = gp.filter((p) => !withPriority || p.priority < 2), late = gp.filter((p) => withPriority && p.priority === 2);
  const s = schedulingScenario(gn.map(toNode), priorityClasses(), [{ at: 1, objects: early.map((p) => toPod(p, rules)) }, { at: 2000, objects: late.map((p) => toPod(p, rules)) }]);
  return runScheduling(s, { explainScheduling: true }, 5_000);
}

const rulesArb = fc.record({ antiAffinity: fc.record({ web: fc.boolean(), db: fc.boolean() }), spread: fc.record({ web: fc.boolean(), db: fc.boolean() }) });

test('laws: no node over-committed; bound pods satisfy every required constraint; pending pods had no feasible node', () => {
  let bound = 0, pending = 0;
  fc.assert(fc.property(clusterArb(false), rulesArb, (cluster, rules) => {
    const { state, events } = run(false, cluster, rules);
    const pods = tvalues(state.pods) as Pod[];
    for (const name of state.nodeNames) {
      const node = tget(state.nodes, name)!.object;
      const alloc = toAmounts(node.status.allocatable);
      const bound = pods.filter((p) => p.spec.nodeName === name);
      const sum = (r: 'cpu' | 'memory') => bound.reduce((a, p) => a + podResources(p.spec, false)[r], 0);
      expect(sum('cpu')).toBeLessThanOrEqual(alloc.cpu);
      expect(sum('memory')).toBeLessThanOrEqual(alloc.memory);
      expect(bound.length).toBeLessThanOrEqual(alloc.pods);
      const labels = node.metadata.labels ?? {};
      for (const p of bound) {
        for (const [k, v] of Object.entries(p.spec.nodeSelector ?? {})) expect(labels[k]).toBe(v);
        const terms = p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
        if (terms) expect(terms.some((t) => (t.matchExpressions ?? []).every((r) => r.operator === 'In' && r.values!.includes(labels[r.key])))).toBe(true);
        for (const t of node.spec.taints ?? []) if (t.effect !== 'PreferNoSchedule') expect(tolerated(t, p.spec.tolerations ?? [])).toBe(true);
        if (node.spec.unschedulable) expect(false).toBe(true);
        for (const term of p.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
          const clash = bound.filter((o) => o !== p && o.metadata.labels?.app === term.labelSelector!.matchLabels!.app);
          expect(clash.map((o) => o.metadata.name)).toEqual([]);
        }
      }
    }
    // topology spread (DoNotSchedule, maxSkew 1 over zones): per app, max - min over zones <= 1
    for (const app of ['web', 'db'] as const) {
      if (!rules.spread[app]) continue;
      const zones = new Map<string, number>();
      for (const name of state.nodeNames) { const z = tget(state.nodes, name)!.object.metadata.labels?.zone; if (z) zones.set(z, 0); }
      for (const p of pods) if (p.metadata.labels?.app === app && p.spec.nodeName) {
        const z = tget(state.nodes, p.spec.nodeName)!.object.metadata.labels?.zone;
        expect(z).toBeDefined();
        zones.set(z!, zones.get(z!)! + 1);
      }
      if (zones.size) expect(Math.max(...zones.values()) - Math.min(...zones.values())).toBeLessThanOrEqual(1);
    }
    // a pending pod's last attempt found no feasible node among all nodes
    const explained = events.filter((e): e is SchedulingAttemptExplained => e.type === 'SchedulingAttemptExplained');
    for (const p of pods) { if (p.spec.nodeName) bound++; else pending++; }
    for (const p of pods) if (!p.spec.nodeName) {
      const last = explained.filter((e) => e.uid === p.metadata.uid).at(-1)!;
      expect(last.selected).toBeUndefined();
      expect(last.evaluated).toBe(state.nodeNames.length);
      expect(last.nodes.filter((n) => n.verdict === 'Feasible')).toEqual([]);
    }
  }), { numRuns: runs(60) });
  // the laws were exercised on both sides
  expect(bound).toBeGreaterThan(0);
  expect(pending).toBeGreaterThan(0);
});

test('law: preemption evicts only pods of lower priority, on the nominated node', () => {
  let evictions = 0;
  fc.assert(fc.property(clusterArb(true), rulesArb, (cluster, rules) => {
    const { state, events } = run(true, cluster, rules);
    const prio = (uid: string) => (tget(state.pods, uid) as Pod | undefined)?.spec.priority ?? -1;
    let preemptor: Extract<ClusterEvent, { type: 'FailedScheduling' }> | undefined;
    for (const e of events) {
      if (e.type === 'FailedScheduling') preemptor = e.nominatedNode ? e : undefined;
      else if (e.type === 'PodScheduled') preemptor = undefined;
      else if (e.type === 'PodTerminating' && e.reason === 'PreemptionByScheduler') {
        evictions++;
        expect(preemptor).toBeDefined();
        expect(prio(e.uid)).toBeLessThan(prio(preemptor!.uid));
        expect((tget(state.pods, e.uid) as Pod).spec.nodeName).toBe(preemptor!.nominatedNode);
      }
    }
  }), { numRuns: runs(60) });
  expect(evictions).toBeGreaterThan(0);
});
