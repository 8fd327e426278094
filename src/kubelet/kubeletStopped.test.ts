import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../events/index.js';
import { podNamed, simulate, timeline } from '../../test-support/kubelet.js';

/*
 * chaos nodeNotReady: the node's kubelet stops posting status while the machine and its
 * containers run on. In Kubernetes nothing happens to the containers: the node lifecycle
 * controller marks the node Ready=Unknown only after node-monitor-grace-period (50 s), then the
 * pods Ready=False (markPodsNotReady) and taints the node unreachable:NoExecute; taint eviction
 * deletes the pods after their 300 s toleration. When the kubelet is back it reports the pods
 * Ready again. A reboot is chaos nodeLost (lifecycle.test.ts: the containers exit 255).
 */
const scenario = (behavior: string, spell: string, until: string) => `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: t}
seed: 1
until: ${until}
nodes:
  - {name: node-a, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
  - {name: node-b, capacity: {cpu: "8", memory: 16Gi, pods: "110"}}
manifests:
  - apiVersion: v1
    kind: Pod
    metadata: {name: p, annotations: {kubesim.io/behavior: "${behavior}"}}
    spec:
      nodeName: node-a
      containers: [{name: app, image: "nginx:1.25"}]
timeline:
  - {at: 10s, chaos: {kind: nodeNotReady, selector: {kubernetes.io/hostname: node-a}, recoverAfter: ${spell}}}
`;

const readyChanges = (events: readonly ClusterEvent[]) => events.flatMap((e) => e.type === 'PodStatusPatched'
  && e.pod === 'default/p' ? (e.conditions ?? []).filter((c) => c.type === 'Ready').map((c) => `${e.at} ${c.status}`)
  : []);
const containerFacts = (events: readonly ClusterEvent[]) => timeline(events, 'p').filter((l) =>
  /Container(Created|Started|Exited)|Killing|PodTerminating|PodDeleted/.test(l));

describe('nodeNotReady: the kubelet stops posting status, the containers run on', () => {
  test('a spell shorter than node-monitor-grace-period changes nothing for the pod', () => {
    const { events, state } = simulate(scenario('{}', '20s', '2m'));
    expect(events.some((e) => e.type === 'NodeLost' && e.kubeletOnly === true && e.at === 10_000)).toBe(true);
    expect(containerFacts(events)).toEqual(['2000 ContainerCreated app #0', '2000 ContainerStarted app']);
    expect(readyChanges(events)).toEqual([]);
    expect(events.some((e) => e.type === 'NodeConditionChanged' && e.condition.status === 'Unknown')).toBe(false);
    expect(podNamed(state, 'p')!.status.containerStatuses![0].restartCount).toBe(0);
  });

  test('past the grace period the pod is marked not ready, and ready again when the kubelet is back', () => {
    const { events, state } = simulate(scenario('{}', '2m', '4m'));
    // Last lease renewal at 10 s (heartbeats every 10 s from 0), Unknown at the first 5 s tick after 10 + 50 s.
    const unknownAt = events.find((e) => e.type === 'NodeConditionChanged' && e.condition.type === 'Ready'
      && e.condition.status === 'Unknown')!.at;
    expect(unknownAt).toBe(65_000);
    expect(readyChanges(events)).toEqual(['65000 False', '130000 True']);
    const taints = events.filter((e) => (e.type === 'NodeTainted' && e.taint.effect === 'NoExecute')
      || (e.type === 'NodeUntainted' && e.effect === 'NoExecute')).map((e) => `${e.at} ${e.type}`);
    expect(taints).toEqual(['65000 NodeTainted', '130000 NodeUntainted']);
    expect(containerFacts(events)).toEqual(['2000 ContainerCreated app #0', '2000 ContainerStarted app']);
    const pod = podNamed(state, 'p')!;
    expect(pod.status.containerStatuses![0].restartCount).toBe(0);
    expect(pod.status.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'True',
      lastTransitionTime: 130_000 });
  });

  test('an exit that fell due while the kubelet was away is seen, and acted on, when it is back', () => {
    const { events, state } = simulate(scenario('{exitAfter: 20s, exitCode: 1}', '30s', '50s'));
    expect(containerFacts(events)).toEqual(['2000 ContainerCreated app #0', '2000 ContainerStarted app',
      '40000 ContainerExited app 1 Error', '40000 ContainerCreated app #1', '40000 ContainerStarted app']);
    expect(podNamed(state, 'p')!.status.containerStatuses![0].restartCount).toBe(1);
  });

  test('past the 300 s toleration the pod is evicted, and stays Terminating until the kubelet stops it', () => {
    const { events } = simulate(scenario('{}', '8m', '10m'));
    const facts = containerFacts(events);
    // Tainted at 65 s, tolerated 300 s: deleted at 365 s; the kubelet kills the container at 490 s.
    expect(facts).toEqual(['2000 ContainerCreated app #0', '2000 ContainerStarted app', '365000 PodTerminating 30',
      '490000 Killing app Stopping container app', '490000 ContainerExited app 0 Completed', '490000 PodDeleted']);
  });
});
