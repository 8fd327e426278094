import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Container, PodSpec } from '../../api/types.js';
import { admitPod } from '../../apiserver/admission.js';
import { Rng } from '../../clock/rng.js';
import { runWithLog, scenarioFrom } from '../../../test-support/scenario.js';
import { daemonPodTolerations, daemonSetSpec, defaultedDaemonSetSpec, replaceNodeNameAffinity,
  withDaemonTolerations } from './daemonSetUtil.js';
import { daemonPodSpec } from './update.js';

/*
 * syncNodes admits a DaemonSet's template once (daemonPodSpec, admission's per-spec cache) and
 * gives each pod its node affinity through admitPod's `affinity`. Each pod must be byte for byte
 * the pod admitted from the spec built for its node, as syncNodes built it before: same keys in
 * the same order, tolerations, defaults, LimitRange defaults and annotation, priority, QoS.
 */

// A namespace with a LimitRange (defaults, a max) and a PriorityClass, so that admission mutates.
const state = runWithLog(scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: daemon-admission}
until: 1s
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - apiVersion: v1
    kind: LimitRange
    metadata: {name: defaults, namespace: default}
    spec:
      limits:
        - type: Container
          default: {cpu: 500m, memory: 256Mi}
          defaultRequest: {cpu: 100m}
          max: {cpu: "2"}
  - {apiVersion: scheduling.k8s.io/v1, kind: PriorityClass, metadata: {name: agents}, value: 1000}
`)).state;

const resources = fc.option(fc.record({
  requests: fc.option(fc.record({ cpu: fc.constantFrom('10m', '100m', '3') }), { nil: undefined }),
  limits: fc.option(fc.record({ cpu: fc.constantFrom('100m', '1'), memory: fc.constantFrom('64Mi', '1Gi') }),
    { nil: undefined }),
}, { requiredKeys: [] }), { nil: undefined });

const container = fc.record({ name: fc.constantFrom('a', 'b'), image: fc.constantFrom('agent:1', 'agent', 'x:latest'),
  resources }, { requiredKeys: ['name', 'image'] }) as fc.Arbitrary<Container>;

const affinity = fc.option(fc.constantFrom(
  { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [
    { key: 'zone', operator: 'In', values: ['a'] }] } }] } },
  { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [
    { key: 'gpu', operator: 'Exists' }] }] } } },
  { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname',
    labelSelector: { matchLabels: { app: 'x' } } }] } },
), { nil: undefined });

const template = fc.record({
  containers: fc.array(container, { minLength: 1, maxLength: 2 }),
  affinity,
  tolerations: fc.option(fc.constant([{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute',
    tolerationSeconds: 10 }, { key: 'dedicated', operator: 'Equal', value: 'agents', effect: 'NoSchedule' }]),
  { nil: undefined }),
  hostNetwork: fc.option(fc.boolean(), { nil: undefined }),
  priorityClassName: fc.option(fc.constant('agents'), { nil: undefined }),
  restartPolicy: fc.option(fc.constant('Always'), { nil: undefined }),
}, { requiredKeys: ['containers'] }) as fc.Arbitrary<PodSpec>;

const metadata = { namespace: 'default', generateName: 'agent-', labels: { app: 'agent',
  'controller-revision-hash': 'abc' } };

/** The pod as syncNodes built it before: a spec per node, admitted per pod. */
function perPod(t: PodSpec, node: string, rng: Rng): string {
  const spec = { ...t, tolerations: daemonPodTolerations(t), affinity: replaceNodeNameAffinity(t.affinity, node) };
  return JSON.stringify(admitPod({ metadata, spec }, state, 5, rng));
}

/** The pod as syncNodes builds it: the template's shared spec, the node affinity given to admission. */
function shared(t: PodSpec, node: string, rng: Rng): string {
  return JSON.stringify(admitPod({ metadata, spec: daemonPodSpec(t) }, state, 5, rng,
    { affinity: replaceNodeNameAffinity(t.affinity, node) }));
}

describe('DaemonSet pods admitted once per template (daemonPodSpec and admitPod affinity)', () => {
  test('every pod equals the pod admitted from its own spec, key order included', () => {
    fc.assert(fc.property(template, fc.array(fc.constantFrom('node-a', 'node-b', 'n3'), { minLength: 1,
      maxLength: 4 }), (t, nodes) => {
      const a = new Rng(7), b = new Rng(7);
      for (const node of nodes) expect(shared(t, node, b)).toBe(perPod(t, node, a));
    }));
  });
  test('the admission defaults and LimitRange reach the pods, and each pod names its own node', () => {
    const t: PodSpec = { containers: [{ name: 'a', image: 'agent:1' }] };
    const rng = new Rng(1);
    const pods = ['node-a', 'node-b'].map((n) => admitPod({ metadata, spec: daemonPodSpec(t) }, state, 5, rng,
      { affinity: replaceNodeNameAffinity(t.affinity, n) }));
    const specs = pods.map((p) => ('error' in p ? undefined : p.object.spec));
    expect(specs.map((s) => s?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms[0].matchFields?.[0].values)).toEqual([['node-a'], ['node-b']]);
    expect(specs[0]?.containers[0].resources).toEqual({ limits: { cpu: '500m', memory: '256Mi' },
      requests: { cpu: '100m', memory: '256Mi' } });
    expect(specs[0]?.tolerations?.map((x) => x.key)).toContain('node.kubernetes.io/unschedulable');
    // The shared part is one object: the containers of both pods are the admitted template's.
    expect(specs[0]?.containers).toBe(specs[1]?.containers);
  });
});

describe('the DaemonSet spec and daemon tolerations, memoised per spec object', () => {
  const ds = (spec: object) => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec });
  test('equal to the defaulting of a fresh copy; a new spec object is defaulted again', () => {
    const spec = { selector: { matchLabels: { app: 'a' } }, template: { spec: { containers: [], hostNetwork: true,
      tolerations: [{ key: 'x', operator: 'Exists' }] } }, updateStrategy: { type: 'RollingUpdate' } };
    const a = ds(spec);
    expect(daemonSetSpec(a)).toEqual(defaultedDaemonSetSpec(structuredClone(a)));
    expect(daemonSetSpec({ ...a, status: { numberReady: 1 } })).toBe(daemonSetSpec(a));
    const b = ds({ ...spec, minReadySeconds: 5, updateStrategy: { type: 'OnDelete' } });
    expect(daemonSetSpec(b)).toEqual(defaultedDaemonSetSpec(structuredClone(b)));
    expect(daemonSetSpec(b).updateStrategy.type).toBe('OnDelete');
    const t = daemonSetSpec(a).template.spec;
    expect(daemonPodTolerations(t)).toEqual(withDaemonTolerations(structuredClone(t)));
    expect(daemonPodTolerations(t).map((x) => x.key)).toContain('node.kubernetes.io/network-unavailable');
    expect(daemonPodTolerations({ hostNetwork: false })).not.toContainEqual(expect.objectContaining({ key: 'x' }));
  });
});
