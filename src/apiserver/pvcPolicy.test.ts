import { describe, expect, test } from 'vitest';
import { getObject } from '../reducers/state.js';
import { runWithLog, scenarioFrom } from '../../test-support/scenario.js';

const scenario = (manifests: string, timeline = ''): ReturnType<typeof scenarioFrom> => scenarioFrom(`
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: pvc-policy}
until: 30s
nodes: [{name: node-a, capacity: {cpu: "8", memory: 16Gi}}]
manifests:
${manifests}
${timeline}`);
const claim = (name: string, storage?: string, cls?: string): string =>
  `  - {apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: ${name}}, spec: {accessModes: [ReadWriteOnce]`
  + `${cls ? `, storageClassName: ${cls}` : ''}${storage ? `, resources: {requests: {storage: ${storage}}}` : ''}}}`;
type Fact = { type: string; message?: string };
const warnings = (log: string): string[] => log.trim().split('\n').map((l) => JSON.parse(l) as Fact)
  .filter((f) => f.type === 'Warning').map((f) => f.message!.replace(/^scenario\.yaml: /, ''));

describe('LimitRange items of type PersistentVolumeClaim (limitranger/admission.go '
  + 'PersistentVolumeClaimValidateLimitFunc)', () => {
  const lr = '  - {apiVersion: v1, kind: LimitRange, metadata: {name: storage}, spec: {limits: [{type: '
    + 'PersistentVolumeClaim, min: {storage: 1Gi}, max: {storage: 10Gi}}]}}';
  test('min and max bound the storage request; within them a claim is admitted', () => {
    const r = runWithLog(scenario([lr, claim('small', '500Mi'), claim('big', '20Gi'), claim('ok', '5Gi')].join('\n')));
    expect(warnings(r.log)).toEqual([
      'persistentvolumeclaims "small" is forbidden: minimum storage usage per PersistentVolumeClaim is 1Gi, but '
        + 'request is 500Mi',
      'persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 10Gi, but '
        + 'request is 20Gi']);
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/ok')).toBeDefined();
  });
});

describe('storage quotas (pkg/quota/v1/evaluator/core/persistent_volume_claims.go)', () => {
  test('requests.storage and persistentvolumeclaims count claims; status.used shows them', () => {
    const q = '  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: q}, spec: {hard: {requests.storage: 10Gi, '
      + 'persistentvolumeclaims: "3"}}}';
    const r = runWithLog(scenario([q, claim('a', '6Gi'), claim('b', '5Gi'), claim('c', '4Gi')].join('\n')));
    expect(warnings(r.log)).toEqual(['persistentvolumeclaims "b" is forbidden: exceeded quota: q, requested: '
      + 'requests.storage=5Gi, used: requests.storage=6Gi, limited: requests.storage=10Gi']);
    expect((getObject(r.state, 'resourcequotas', 'default/q') as { status?: unknown }).status).toEqual({
      hard: { 'requests.storage': '10Gi', persistentvolumeclaims: '3' },
      used: { persistentvolumeclaims: '2', 'requests.storage': '10Gi' } });
  });
  test('per storage class: <class>.storageclass.storage.k8s.io/requests.storage and /persistentvolumeclaims', () => {
    const q = '  - {apiVersion: v1, kind: ResourceQuota, metadata: {name: gold}, spec: {hard: {'
      + 'gold.storageclass.storage.k8s.io/requests.storage: 5Gi, gold.storageclass.storage.k8s.io/'
      + 'persistentvolumeclaims: "1"}}}';
    const r = runWithLog(scenario([q, claim('g1', '2Gi', 'gold'), claim('s1', '50Gi', 'silver'),
      claim('g2', '1Gi', 'gold')].join('\n'), `timeline:
  - {at: 10s, delete: {kind: PersistentVolumeClaim, name: g1}}
  - at: 20s
    apply: [{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: g3}, spec: {accessModes: [ReadWriteOnce],
      storageClassName: gold, resources: {requests: {storage: 3Gi}}}}]`));
    expect(warnings(r.log)).toEqual(['persistentvolumeclaims "g2" is forbidden: exceeded quota: gold, requested: '
      + 'gold.storageclass.storage.k8s.io/persistentvolumeclaims=1, used: gold.storageclass.storage.k8s.io/'
      + 'persistentvolumeclaims=1, limited: gold.storageclass.storage.k8s.io/persistentvolumeclaims=1']);
    // The deleted claim frees its share: g3 is admitted at 20 s.
    expect(getObject(r.state, 'persistentvolumeclaims', 'default/g3')).toBeDefined();
    expect((getObject(r.state, 'resourcequotas', 'default/gold') as { status?: { used?: unknown } }).status?.used)
      .toEqual({ 'gold.storageclass.storage.k8s.io/persistentvolumeclaims': '1',
        'gold.storageclass.storage.k8s.io/requests.storage': '3Gi' });
  });
});
