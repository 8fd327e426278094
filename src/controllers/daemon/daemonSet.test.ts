import { describe, expect, test } from 'vitest';
import type { KubeObject, Node } from '../../api/types.js';
import { livePods, nodeAdded, runRecorded, scenarioYaml } from '../../../test-support/workloads.js';
import { daemonPodTolerations, daemonSetSpec, nodeShouldRunDaemonPod,
  replaceNodeNameAffinity } from './daemonSetUtil.js';
import { getObject } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

const nodeOf = (name: string, opts: Parameters<typeof nodeAdded>[1] = {}): Node =>
  (nodeAdded(name, opts) as { object: Node }).object;
const ds = (template: Record<string, unknown>): KubeObject =>
  ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } },
      spec: { containers: [{ name: 'a' }], ...template } } } });

describe('nodeShouldRunDaemonPod', () => {
  test.each([
    { name: 'a plain node runs the pod', node: nodeOf('n'), tmpl: {},
      want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'a nodeSelector that does not match: neither', node: nodeOf('n'), tmpl: { nodeSelector: { disk: 'ssd' } },
      want: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'a matching nodeSelector runs', node: nodeOf('n', { labels: { disk: 'ssd' } }),
      tmpl: { nodeSelector: { disk: 'ssd' } }, want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'required node affinity NotIn excludes the node', node: nodeOf('n', { labels: { zone: 'a' } }),
      tmpl: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }] } } } },
          want: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'an untolerated NoSchedule taint: no new pod, but a running one stays',
      node: nodeOf('n', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }), tmpl: {},
        want: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'an untolerated NoExecute taint: neither', node: nodeOf('n',
      { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] }), tmpl: {},
        want: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'not-ready NoExecute is tolerated by the daemon tolerations',
      node: nodeOf('n', { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }] }), tmpl: {},
        want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'unschedulable NoSchedule is tolerated', node: nodeOf('n',
      { taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }), tmpl: {},
        want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'network-unavailable blocks a pod without hostNetwork',
      node: nodeOf('n', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }),
        tmpl: {}, want: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'network-unavailable is tolerated with hostNetwork',
      node: nodeOf('n', { taints: [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }] }),
        tmpl: { hostNetwork: true }, want: { shouldRun: true, shouldContinueRunning: true } },
  ])('$name', ({ node, tmpl, want }) => expect(nodeShouldRunDaemonPod(node, daemonSetSpec(ds(tmpl)))).toEqual(want));

  test('the tolerations a daemon pod gets: NoExecute without tolerationSeconds, pressure and unschedulable NoSchedule',
    () => {
    expect(daemonPodTolerations({ tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists',
      effect: 'NoExecute', tolerationSeconds: 30 }] })).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ]);
  });

  test('the node affinity becomes one matchFields term naming the node', () => {
    expect(replaceNodeNameAffinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'Exists' }] }] } } }, 'n7')).toEqual({
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n7'] }] }] } },
    });
  });
});

const dsYaml = (extra = '') => `  - apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: agent}
    spec:
      selector: {matchLabels: {app: agent}}
${extra}      template:
        metadata: {labels: {app: agent}}
        spec: {nodeSelector: {role: worker}, containers: [{name: a, image: "agent:1"}]}`;
const nodes = `  - {namePrefix: w-, count: 3, capacity: {cpu: "4", memory: 8Gi, pods: "110"}, labels: {role: worker}}
  - {name: infra, capacity: {cpu: "4", memory: 8Gi, pods: "110"}}`;
const run = (manifests: string, timeline?: string, until?: number) =>
  runRecorded(scenarioFrom(scenarioYaml(
    { nodes, manifests, ...(timeline ? { timeline } : {}), until: '5m' })), until);
const byNode = (s: ReturnType<typeof run>) => livePods(s.result.state).map((p) =>
  `${p.spec.nodeName} ${p.spec.containers[0].image}`).sort();

describe('DaemonSet', () => {
  test('one pod on every eligible node, pinned by node affinity, one more on a node added later', () => {
    const r =
      run(dsYaml(),
        '  - {at: 1m, addNode: {name: w-9, capacity: {cpu: "4", memory: 8Gi, pods: "110"}, labels: {role: worker}, ' +
          'taints: []}}');
    expect(byNode(r)).toEqual(['w-0 agent:1', 'w-1 agent:1', 'w-2 agent:1', 'w-9 agent:1']);
    for (const p of livePods(r.result.state)) expect(p.spec.affinity).toEqual(
      replaceNodeNameAffinity(undefined, p.spec.nodeName!));
    expect(getObject(r.result.state, 'daemonsets', 'default/agent')!.status).toEqual(
      { currentNumberScheduled: 4, numberMisscheduled: 0, desiredNumberScheduled: 4, numberReady: 4,
        observedGeneration: 1, updatedNumberScheduled: 4, numberAvailable: 4 });
  });

  test('a removed node loses its pod after the pod GC quarantine (40 s)', () => {
    const r = run(dsYaml(), '  - {at: 1m, removeNode: w-1}');
    const deleted = r.events.filter((e) => e.type === 'PodDeleted');
    expect(deleted.map((e) => e.at)).toEqual([100_000]);
    expect(byNode(r)).toEqual(['w-0 agent:1', 'w-2 agent:1']);
  });

  test('RollingUpdate with maxUnavailable 1 replaces one node at a time; a cordoned node keeps its daemon pod', () => {
    const r =
      run(dsYaml(),
        ['  - {at: 1m, cordon: w-0}',
          '  - {at: 2m, setImage: {kind: DaemonSet, name: agent, container: a, image: "agent:2"}}'].join('\n'));
    expect(byNode(r)).toEqual(['w-0 agent:2', 'w-1 agent:2', 'w-2 agent:2']);
    const seq = r.events.filter((e) => e.type === 'PodDeleted'
      || (e.type === 'PodCreated' && e.at >= 120_000)).map((e) => e.type);
    expect(seq).toEqual(['PodDeleted', 'PodCreated', 'PodDeleted', 'PodCreated', 'PodDeleted', 'PodCreated']);
  });

  test('RollingUpdate with maxSurge starts the new pod before the old one goes', () => {
    const r =
      run(dsYaml('      updateStrategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}\n'),
        '  - {at: 1m, setImage: {kind: DaemonSet, name: agent, container: a, image: "agent:2"}}');
    const seq = r.events.filter((e) => (e.type === 'PodTerminating' || e.type === 'PodCreated')
      && e.at >= 60_000).map((e) => e.type);
    expect(seq).toEqual(['PodCreated', 'PodTerminating', 'PodCreated', 'PodTerminating', 'PodCreated',
      'PodTerminating']);
    expect(byNode(r)).toEqual(['w-0 agent:2', 'w-1 agent:2', 'w-2 agent:2']);
  });
});
