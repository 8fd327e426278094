import { describe, expect, test } from 'vitest';
import { DEFAULT_COMPONENTS } from '../engine/components.js';
import { Simulation } from '../engine/simulation.js';
import type { ClusterState } from '../reducers/state.js';
import { listObjects } from '../reducers/state.js';
import { scenarioFromYaml, scenarioYaml } from '../../test-support/workloads.js';
import { podsOwnedBy } from './controllerUtils.js';
import { daemonPod } from './daemonSet.js';
import { OwnedPodView } from './ownedPodView.js';

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
  test('after every batch, equals the pods read from the state through rollouts, node loss, new and removed nodes, and a selector change', () => {
    const s = scenarioFromYaml({
      'scenario.yaml': scenarioYaml({
        until: '20m',
        nodes: '  - {namePrefix: node-, count: 4, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {disk: ssd}}',
        manifests: DS('agent') + DS('ssd', 'nodeSelector: {disk: ssd}, '),
        timeline: [
          '  - {at: 1m, setImage: {kind: DaemonSet, name: agent, container: c, image: "agent:2"}}',
          '  - {at: 2m, nodeLost: node-1}',
          '  - {at: 3m, addNode: {name: node-9, capacity: {cpu: "8", memory: 32Gi, pods: "110"}, labels: {}, taints: []}}',
          '  - {at: 9m, nodeRecovered: node-1}',
          '  - {at: 10m, removeNode: node-2}',
          '  - {at: 11m, setImage: {kind: DaemonSet, name: ssd, container: c, image: "ssd:2"}}',
          '  - {at: 12m, delete: {kind: DaemonSet, name: agent, propagationPolicy: Orphan}}',
        ].join('\n'),
      }),
    });
    const sim = new Simulation(s, { components: DEFAULT_COMPONENTS });
    const view = new OwnedPodView(daemonPod);
    let prev: ClusterState = sim.state;
    let checks = 0;
    const owners = new Set<string>();
    sim.batches$.subscribe(({ events, state }) => {
      view.observe(events, state, prev);
      prev = state;
      for (const ds of listObjects(state, 'daemonsets')) owners.add(ds.metadata.uid!);
      for (const uid of owners) {
        const want = podsOwnedBy(state, uid).map((p) => p.metadata.uid).sort();
        const got = view.list(state, uid);
        expect(got.map((d) => d.pod.metadata.uid).sort()).toEqual(want);
        // The summaries are of the pods as they are now, not as they were.
        for (const d of got) expect(d).toEqual(daemonPod(podsOwnedBy(state, uid).find((p) => p.metadata.uid === d.pod.metadata.uid)!));
        checks++;
      }
    });
    sim.run();
    expect(owners.size).toBe(2);
    expect(checks).toBeGreaterThan(100);
  });
});
