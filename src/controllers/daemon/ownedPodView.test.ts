import { describe, expect, test } from 'vitest';
import { DEFAULT_COMPONENTS } from '../../engine/components.js';
import { Simulation } from '../../engine/simulation.js';
import type { ClusterState } from '../../reducers/state.js';
import { listObjects } from '../../reducers/state.js';
import { scenarioYaml } from '../../../test-support/workloads.js';
import { podsOwnedBy } from '../controllerUtils.js';
import { daemonPod } from './daemonPod.js';
import { daemonPodTolerations, daemonSetSpec, nodeShouldRunDaemonPod } from './daemonSetUtil.js';
import { DaemonSetCache } from './nodePlan.js';
import { tget } from '../../reducers/table.js';
import { OwnedPodView } from './ownedPodView.js';
import { scenarioFrom } from '../../../test-support/scenario.js';
import { asUid, type Uid } from '../../api/ids.js';

const DS = (name: string, extra = '') => `
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: ${name}}
    spec:
      selector: {matchLabels: {app: ${name}}}
      template:
        metadata: {labels: {app: ${name}}}
        spec: {${extra}containers: [{name: c, image: "${name}:1"}]}`;

describe('OwnedPodView', () => {
  test('after every batch, equals the pods read from the state through rollouts, node loss, new and removed nodes, ' +
    'and a selector change', () => {
    const s = scenarioFrom(scenarioYaml({
        until: '20m',
        nodes: '  - {namePrefix: node-, count: 4, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {disk: ' +
          'ssd}}',
        manifests: DS('agent') + DS('ssd', 'nodeSelector: {disk: ssd}, '),
        timeline: [
          '  - {at: 1m, setImage: {kind: DaemonSet, name: agent, container: c, image: "agent:2"}}',
          '  - {at: 2m, nodeLost: node-1}',
          '  - {at: 3m, addNode: {name: node-9, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {}, taints: ' +
            '[]}}',
          '  - {at: 9m, nodeRecovered: node-1}',
          '  - {at: 10m, removeNode: node-2}',
          '  - {at: 11m, setImage: {kind: DaemonSet, name: ssd, container: c, image: "ssd:2"}}',
          '  - {at: 12m, delete: {kind: DaemonSet, name: agent, propagationPolicy: Orphan}}',
        ].join('\n'),
      }));
    const sim = new Simulation(s, { components: DEFAULT_COMPONENTS });
    const view = new OwnedPodView(daemonPod);
    let prev: ClusterState = sim.state;
    let checks = 0;
    const problems: string[] = [];
    const owners = new Set<Uid>();
    sim.batches$.subscribe(({ events, state }) => {
      view.observe(events, state, prev);
      prev = state;
      for (const ds of listObjects(state, 'daemonsets')) owners.add(ds.metadata.uid!);
      for (const uid of owners) {
        const want = podsOwnedBy(state, uid);
        const got = view.list(state, uid);
        // Checked after the run: an expect thrown inside an rxjs subscriber is reported apart from the test.
        if (got.map((d) => d.pod.metadata.uid).sort().join() !== want.map((p) =>
          p.metadata.uid).sort().join()) problems.push(`${state.time}: members of ${uid}`);
        // The summaries are of the pods as they are now, not as they were.
        for (const d of got) if (d.pod !== want.find((p) => p.metadata.uid === d.pod.metadata.uid)) problems.push(
          `${state.time}: stale ${d.name}`);
        checks++;
      }
    });
    sim.run();
    expect(problems).toEqual([]);
    expect(owners.size).toBe(2);
    expect(checks).toBeGreaterThan(100);
  });
});

describe('DaemonSetCache node plan', () => {
  test('matches nodeShouldRunDaemonPod on the current nodes after taints, labels, new and removed nodes', () => {
    const s = scenarioFrom(scenarioYaml({
        until: '12m',
        nodes: '  - {namePrefix: node-, count: 4, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {disk: ' +
          'ssd}}',
        manifests: DS('agent') + DS('ssd', 'nodeSelector: {disk: ssd}, ')
          + DS('picky',
            'tolerations: [], affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: ' +
              '{nodeSelectorTerms: [{matchExpressions: [{key: disk, operator: Exists}]}]}}}, '),
        timeline: [
          '  - {at: 1m, nodeLost: node-1}',
          '  - {at: 2m, addNode: {name: node-9, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {}, taints: ' +
            '[{key: dedicated, value: x, effect: NoSchedule}]}}',
          '  - {at: 3m, cordon: node-3}',
          '  - {at: 4m, removeNode: node-2}',
          '  - {at: 6m, nodeRecovered: node-1}',
          '  - {at: 7m, nodeLost: node-3}',
        ].join('\n'),
      }));
    const sim = new Simulation(s, { components: DEFAULT_COMPONENTS });
    const cache = new DaemonSetCache();
    let prev: ClusterState = sim.state;
    let checks = 0;
    const problems: string[] = [];
    sim.batches$.subscribe(({ events, state }) => {
      cache.observe(events, state, prev);
      prev = state;
      for (const ds of listObjects(state, 'daemonsets')) {
        const spec = daemonSetSpec(ds), tols = daemonPodTolerations(spec.template.spec);
        const want = state.nodeNames.map((n) => nodeShouldRunDaemonPod(tget(state.nodes, n)!.object, spec, tols));
        const got = cache.plan(state, ds.metadata.uid!, ds.spec as object, spec, tols).should;
        if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(
          `${state.time} ${ds.metadata.name}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
        checks++;
      }
    });
    sim.run();
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(50);
  });
});
