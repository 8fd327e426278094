import { describe, expect, test } from 'vitest';
import { replay } from '../../engine/replay.js';
import type { ClusterEvent } from '../../events/index.js';
import { getObject, objectEntries, OBJECT_RESOURCES } from '../../reducers/state.js';
import { tvalues } from '../../reducers/table.js';
import { runWithLog, scenarioFrom } from '../../../test-support/scenario.js';

type Fact = ClusterEvent & { message?: string; resource?: string; key?: string; pod?: string };
const facts = (log: string): Fact[] => log.trim().split('\n').map((l) => JSON.parse(l) as Fact);
type Ns = { metadata: { deletionTimestamp?: number }; spec?: { finalizers?: string[] }; status?: { phase?: string;
  conditions?: { type: string; status: string; reason: string; message: string }[] } };

const s = scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: namespace-deletion}
until: 1m
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: settings, namespace: shop}, data: {a: b}}
  - {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: shop}, spec: {containers: [{name: c, image: nginx}]}}
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: shop}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: c, image: nginx}]}
timeline:
  - {at: 10s, delete: {kind: Namespace, name: shop}}
  - at: 12s
    apply:
      - {apiVersion: v1, kind: ConfigMap, metadata: {name: late, namespace: shop}}
      - {apiVersion: v1, kind: Pod, metadata: {name: late, namespace: shop}, spec: {containers: [{name: c, image: x}]}}
  - at: 40s
    apply: [{apiVersion: v1, kind: ConfigMap, metadata: {name: after, namespace: shop}}]
`);

describe('namespace deletion (pkg/controller/namespace/deletion/namespaced_resources_deleter.go Delete)', () => {
  const r = runWithLog(s);
  const log = facts(r.log);
  const at = (t: number) => replay(log, t);

  test('a created Namespace is Active with the kubernetes finalizer (namespace/strategy.go PrepareForCreate)', () => {
    const ns = getObject(at(5000), 'namespaces', 'shop') as unknown as Ns;
    expect(ns.spec?.finalizers).toEqual(['kubernetes']);
    expect(ns.status?.phase).toBe('Active');
  });

  test('deleted: Terminating, its content deleted, pods counted while in their grace period', () => {
    const ns = getObject(at(10_000), 'namespaces', 'shop') as unknown as Ns;
    expect(ns.metadata.deletionTimestamp).toBe(10_000);
    expect(ns.status?.phase).toBe('Terminating');
    // status_condition_utils.go: the five conditions; the three pods are in their 30 s grace period.
    expect(ns.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered'],
      ['NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions'],
      ['NamespaceDeletionContentFailure', 'False', 'ContentDeleted'],
      ['NamespaceContentRemaining', 'True', 'SomeResourcesRemain'],
      ['NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers']]);
    expect(ns.status?.conditions?.[3].message).toBe('Some resources are remaining: pods. has 3 resource instances');
    const state = at(10_000);
    for (const res of OBJECT_RESOURCES) {
      expect(objectEntries(state, res).filter(([k]) => k.startsWith('shop/')).map(([k]) => k)).toEqual([]);
    }
    // Pods are deleted gracefully (their terminationGracePeriodSeconds, 30 s by default).
    expect(log.filter((f) => f.type === 'PodTerminating' && f.at === 10_000).map((f) => [f.pod,
      (f as { gracePeriodSeconds?: number }).gracePeriodSeconds])).toEqual([['shop/p', 30],
      [expect.stringMatching(/^shop\/web-/), 30], [expect.stringMatching(/^shop\/web-/), 30]]);
  });

  test('creates in the Terminating namespace are refused with NamespaceLifecycle\'s Forbidden message', () => {
    const refusals = log.filter((f) => f.type === 'Warning' && f.at === 12_000).map((f) => f.message);
    expect(refusals).toEqual([
      'scenario.yaml: configmaps "late" is forbidden: unable to create new content in namespace shop because it is '
        + 'being terminated',
      'scenario.yaml: pods "late" is forbidden: unable to create new content in namespace shop because it is being '
        + 'terminated']);
  });

  test('requeued after estimate/2 + 1 s (30 s grace: 16 s); empty then, the finalizer goes and so does the '
    + 'namespace; a create after it is NotFound', () => {
    const gone = log.find((f) => f.type === 'ObjectDeleted' && f.resource === 'namespaces');
    expect(gone?.at).toBe(26_000);
    expect(getObject(at(25_999), 'namespaces', 'shop')).toBeDefined();
    expect(getObject(r.state, 'namespaces', 'shop')).toBeUndefined();
    expect(tvalues(r.state.pods).filter((p) => p.metadata.namespace === 'shop')).toEqual([]);
    expect(log.filter((f) => f.type === 'Warning' && f.at === 40_000).map((f) => f.message))
      .toEqual(['scenario.yaml: namespaces "shop" not found']);
  });
});
