import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCanonical } from '../api/quantity.js';
import type { Pod } from '../api/types.js';
import { serviceLoadShares } from '../behavior/serviceLoad.js';
import { podsMatching } from '../controllers/podLabelIndex.js';
import { podSample } from '../controllers/podautoscaler/podSample.js';
import { runScenario } from '../engine/run.js';
import { getObject } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { hasKubectl, kubectl, serveScenario, type TestServer } from '../../test-support/serve.js';
import { nodeMetrics, podMetrics } from './metrics.js';

type PodMetrics = { metadata: { name: string; namespace: string }; window: string;
  containers: { name: string; usage: { cpu: string; memory: string } }[] };
type NodeMetrics = { metadata: { name: string }; usage: { cpu: string; memory: string } };

const HPA = scenarioFrom(readFileSync(new URL('../../examples/hpa-php-apache/scenario.yaml', import.meta.url), 'utf8'));

const SIDECARS = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: usage}
seed: 2
until: 10m
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - apiVersion: v1
    kind: Pod
    metadata: {name: app, labels: {app: web}}
    spec:
      initContainers:
        - {name: setup, image: busybox}
        - {name: shipper, image: fluent-bit, restartPolicy: Always}
      containers:
        - {name: web, image: nginx, resources: {limits: {cpu: 300m, memory: 64Mi}}}
  - {apiVersion: v1, kind: Pod, metadata: {name: huge}, spec: {containers: [{name: c, image: nginx,
      resources: {requests: {cpu: "64"}}}]}}
behaviors:
  - {match: {container: web}, cpu: {steps: [{at: 0s, cpu: 100m}, {at: 2m, cpu: 900m}]}, memory: 50Mi}
  - {match: {container: shipper}, cpu: 20m, memory: 30Mi}
  - {match: {container: setup}, exitAfter: 1s, exitCode: 0}
`);

describe('metrics.k8s.io: metrics-server\'s view of the usage model', () => {
  test('each pod\'s cpu is the HPA\'s sample of the same pod (Service load shared among ready pods)', () => {
    for (const at of [3 * 60_000, 8 * 60_000, 15 * 60_000]) {
      const { state } = runScenario(HPA, { until: at });
      const shares = serviceLoadShares(HPA.loads ?? [], at, { select: (ns, sel) => podsMatching(state, ns, sel),
        service: (ns, name) => getObject(state, 'services', `${ns}/${name}`) });
      const metrics = podMetrics(state, HPA, at, 0) as unknown as PodMetrics[];
      const running = tvalues(state.pods).filter((p) => p.status.phase === 'Running');
      expect(metrics.map((m) => m.metadata.name).sort()).toEqual(running.map((p) => p.metadata.name).sort());
      for (const m of metrics) {
        const pod = running.find((p) => p.metadata.name === m.metadata.name) as Pod;
        const sample = podSample(pod, 'cpu', HPA.behaviors, at, shares.get(`default/${pod.metadata.name}`) ?? 0);
        expect(toCanonical('cpu', m.containers[0].usage.cpu)).toBe(sample.usage);
      }
    }
  });

  test('per container: sidecars reported, init containers not, cpu capped at the limit; nodes sum their pods', () => {
    const { state } = runScenario(SIDECARS, { until: 3 * 60_000 });
    const [app, ...rest] = podMetrics(state, SIDECARS, 3 * 60_000, 0) as unknown as PodMetrics[];
    expect(rest).toEqual([]); // huge is Pending: no sample
    expect(app.window).toBe('15s');
    expect(app.containers).toEqual([
      { name: 'web', usage: { cpu: '300m', memory: '50Mi' } }, // 900m, capped at the limit
      { name: 'shipper', usage: { cpu: '20m', memory: '30Mi' } }]);
    const [node] = nodeMetrics(state, SIDECARS, 3 * 60_000, 0) as unknown as NodeMetrics[];
    expect(node).toMatchObject({ metadata: { name: 'node-a' }, usage: { cpu: '320m', memory: '80Mi' } });
  });
});

(hasKubectl ? describe : describe.skip)('kubectl top against kubesim serve', () => {
  let s: TestServer;
  beforeAll(async () => { s = await serveScenario(HPA, { at: 8 * 60_000 }); });
  afterAll(async () => { await s.close(); });

  test('top pod and top node print what the metrics API serves', async () => {
    const pods = (await kubectl(s, ['top', 'pod'])).stdout.trim().split('\n');
    expect(pods[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\s*$/);
    const list = JSON.parse((await kubectl(s, ['get', '--raw', '/apis/metrics.k8s.io/v1beta1/namespaces/default/pods']))
      .stdout) as { items: PodMetrics[] };
    expect(pods.length - 1).toBe(list.items.length);
    for (const m of list.items) {
      const milli = toCanonical('cpu', m.containers[0].usage.cpu);
      expect(pods).toContainEqual(expect.stringMatching(new RegExp(`^${m.metadata.name}\\s+${milli}m\\s+0Mi`)));
    }
    const nodes = (await kubectl(s, ['top', 'node'])).stdout.trim().split('\n');
    expect(nodes[0]).toMatch(/^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)\s*$/);
    expect(nodes).toHaveLength(4);
  });
});
