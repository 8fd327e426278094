import { describe, expect, test } from 'vitest';
import type { ClusterEvent } from '../../events/index.js';
import { livePods, runRecorded, scenarioYaml } from '../../../test-support/workloads.js';
import { getObject, listObjects, objectKeys } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';

const sts = (replicas: number, extra = '') => `  - apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      replicas: ${replicas}
      serviceName: db
      selector: {matchLabels: {app: db}}
${extra}      template:
        metadata: {labels: {app: db}}
        spec: {containers: [{name: c, image: "db:1"}]}
      volumeClaimTemplates:
        - metadata: {name: data}
          spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}`;
const run = (manifests: string, timeline?: string, until?: number) =>
  runRecorded(scenarioFrom(scenarioYaml(
    { manifests, ...(timeline ? { timeline } : {}), until: '10m' })), until);
const stsEvents = (events: readonly ClusterEvent[]) =>
  events.filter((e) => e.type === 'ControllerEvent' && e.resource === 'statefulsets').map((e) =>
    `${e.at / 1000}s ${(e as { message: string }).message}`);

describe('StatefulSet', () => {
  test('OrderedReady creates db-0, db-1, db-2 in order, each after the previous is available, with a claim per ordinal',
    () => {
    const { result, events } = run(sts(3, '      minReadySeconds: 5\n'));
    expect(stsEvents(events)).toEqual([
      '0s create Claim data-db-0 Pod db-0 in StatefulSet db success', '0s create Pod db-0 in StatefulSet db successful',
      // Each pod is Running after the kubelet's 2 s image pull on its node, then available after minReadySeconds.
      '7.001s create Claim data-db-1 Pod db-1 in StatefulSet db success',
        '7.001s create Pod db-1 in StatefulSet db successful',
      '14.002s create Claim data-db-2 Pod db-2 in StatefulSet db success',
        '14.002s create Pod db-2 in StatefulSet db successful',
    ]);
    const p1 = livePods(result.state).find((p) => p.metadata.name === 'db-1')!;
    expect(p1.metadata.labels).toEqual({ app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-1',
      'apps.kubernetes.io/pod-index': '1', 'controller-revision-hash': expect.stringMatching(
        /^db-[bcdfghjklmnpqrstvwxz2456789]+$/) });
    expect(p1.spec).toMatchObject({ hostname: 'db-1', subdomain: 'db',
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-db-1' } }] });
    expect(getObject(result.state, 'persistentvolumeclaims', 'default/data-db-1')!.status).toEqual(
      { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    const rev = p1.metadata.labels!['controller-revision-hash'];
    expect(getObject(result.state, 'statefulsets', 'default/db')!.status).toEqual(
      { observedGeneration: 1, replicas: 3, readyReplicas: 3, currentReplicas: 3, updatedReplicas: 3,
        currentRevision: rev, updateRevision: rev, collisionCount: 0, availableReplicas: 3 });
  });

  test('Parallel creates every pod at once', () => {
    const { events } = run(sts(3, '      podManagementPolicy: Parallel\n'));
    expect(stsEvents(events).filter((m) => m.includes('create Pod'))).toEqual(
      ['0s create Pod db-0 in StatefulSet db successful', '0s create Pod db-1 in StatefulSet db successful',
        '0s create Pod db-2 in StatefulSet db successful']);
  });

  test('scale-down deletes from the highest ordinal down and keeps the claims', () => {
    const { result, events } = run(sts(3), '  - {at: 1m, scale: {kind: StatefulSet, name: db, replicas: 1}}');
    expect(stsEvents(events).filter((m) => m.includes('delete'))).toEqual(
      ['60s delete Pod db-2 in StatefulSet db successful', '60s delete Pod db-1 in StatefulSet db successful']);
    expect(livePods(result.state).map((p) => p.metadata.name)).toEqual(['db-0']);
    expect(objectKeys(result.state, 'persistentvolumeclaims')).toEqual(
      ['default/data-db-0', 'default/data-db-1', 'default/data-db-2']);
  });

  test('RollingUpdate with partition 2 replaces only ordinals >= 2, from the highest down', () => {
    const { result, events } =
      run(sts(4, '      updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 2}}\n'),
        '  - {at: 1m, setImage: {kind: StatefulSet, name: db, container: c, image: "db:2"}}');
    // From the highest ordinal down, each replaced pod Ready before the next is deleted.
    expect(stsEvents(events).filter((m) => parseFloat(m) >= 60 && m.includes('Pod db')
      && !m.includes('Claim')).map((m) => m.replace(/^\S+ /, ''))).toEqual([
      'delete Pod db-3 in StatefulSet db successful', 'create Pod db-3 in StatefulSet db successful',
      'delete Pod db-2 in StatefulSet db successful', 'create Pod db-2 in StatefulSet db successful',
    ]);
    const images = Object.fromEntries(livePods(result.state).map((p) => [p.metadata.name, p.spec.containers[0].image]));
    expect(images).toEqual({ 'db-0': 'db:1', 'db-1': 'db:1', 'db-2': 'db:2', 'db-3': 'db:2' });
    const st = getObject(result.state, 'statefulsets', 'default/db')!.status as { currentReplicas: number;
      updatedReplicas: number; currentRevision: string; updateRevision: string };
    expect([st.currentReplicas, st.updatedReplicas, st.currentRevision === st.updateRevision]).toEqual([2, 2, false]);
    expect(objectKeys(result.state, 'controllerrevisions')).toHaveLength(2);
  });

  test('OnDelete leaves running pods alone; a deleted pod comes back at the new revision with the same claim', () => {
    const { result } = run(sts(2, '      updateStrategy: {type: OnDelete}\n'), [
      '  - {at: 1m, setImage: {kind: StatefulSet, name: db, container: c, image: "db:2"}}',
      '  - {at: 2m, delete: {kind: Pod, name: db-1}}',
    ].join('\n'));
    const pods = livePods(result.state);
    expect(pods.map((p) => `${p.metadata.name} ${p.spec.containers[0].image}`)).toEqual(['db-0 db:1', 'db-1 db:2']);
    expect(pods[1].spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'data-db-1' } }]);
  });

  test('rollout undo brings back the previous revision\'s template and renumbers that revision as the newest', () => {
    const { result } = run(sts(2), [
      '  - {at: 1m, setImage: {kind: StatefulSet, name: db, container: c, image: "db:2"}}',
      '  - {at: 2m, rolloutUndo: {kind: StatefulSet, name: db}}',
    ].join('\n'));
    expect(livePods(result.state).map((p) => `${p.metadata.name} ${p.spec.containers[0].image}`)).toEqual(
      ['db-0 db:1', 'db-1 db:1']);
    const revs = listObjects(result.state, 'controllerrevisions').map((r) =>
      [(r as unknown as { revision: number }).revision, (r as unknown as {
        data: { spec: { template: { spec: { containers: { image: string }[
          ] } } } } }).data.spec.template.spec.containers[0].image]);
    expect(revs.sort()).toEqual([[2, 'db:2'], [3, 'db:1']]);
  });

  test.each([
    { name: 'Retain/Retain (the default): every claim outlives scale-down and the set', policy: '',
      afterScale: ['data-db-0', 'data-db-1', 'data-db-2'], afterDelete: ['data-db-0', 'data-db-1', 'data-db-2'] },
    { name: 'whenScaled Delete: the claims of removed ordinals go with their pods', policy: '{whenScaled: Delete}',
      afterScale: ['data-db-0'], afterDelete: ['data-db-0'] },
    { name: 'whenDeleted Delete: the claims go with the set', policy: '{whenDeleted: Delete}',
      afterScale: ['data-db-0', 'data-db-1', 'data-db-2'], afterDelete: [] },
  ])('persistentVolumeClaimRetentionPolicy $name', ({ policy, afterScale, afterDelete }) => {
    const manifests = sts(3, policy ? `      persistentVolumeClaimRetentionPolicy: ${policy}\n` : '');
    const claims = (r: ReturnType<typeof run>) => listObjects(r.result.state,
      'persistentvolumeclaims').map((c) => c.metadata.name).sort();
    expect(claims(run(manifests, '  - {at: 1m, scale: {kind: StatefulSet, name: db, replicas: 1}}'))).toEqual(
      afterScale);
    expect(claims(
      run(manifests,
        '  - {at: 1m, scale: {kind: StatefulSet, name: db, replicas: 1}}\n  - {at: 3m, delete: {kind: StatefulSet, ' +
          'name: db}}'))).toEqual(afterDelete);
  });
});
