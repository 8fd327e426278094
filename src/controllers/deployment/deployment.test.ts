import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import type { ClusterState } from '../../reducers/state.js';
import { objectApplied, ownerRef, runRecorded, scenarioYaml, stateOf,
  syncOnce } from '../../../test-support/workloads.js';
import { deploymentControllerDef } from './deployment.js';
import { computeHash } from '../computeHash.js';
import { getObject, listObjects } from '../../reducers/state.js';
import { scenarioFrom } from '../../../test-support/scenario.js';
import { asUid } from '../../api/ids.js';

const deploymentYaml = (replicas: number, extra = '') => `  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: ${replicas}
      selector: {matchLabels: {app: web}}
${extra}      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: c, image: "app:1"}]}`;
const run = (manifests: string, timeline?: string, until?: number) =>
  runRecorded(scenarioFrom(scenarioYaml(
    { manifests, ...(timeline ? { timeline } : {}), until: '10m' })), until);
const scaling = (events: readonly ClusterEvent[]) =>
  events.filter((e) => e.type === 'ControllerEvent' && e.reason === 'ScalingReplicaSet').map((e) =>
    `${e.at / 1000}s ${(e as { message: string }).message}`);
/** The name Kubernetes gives the ReplicaSet of a template: `<deployment>-<ComputeHash(template)>`. */
const hashName = (t: unknown) => `web-${computeHash(t)}`;
/**
 * The ReplicaSet of each image in a run, checked to be named by the hash of its own template
 * (without the pod-template-hash label), whatever defaults the API server put into it.
 */
function rsNames(state: ClusterState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rs of listObjects(state, 'replicasets')) {
    const t = (rs.spec as { template: { metadata: { labels: Record<string, string> };
      spec: { containers: { image: string }[] } } }).template;
    const { 'pod-template-hash': hash, ...labels } = t.metadata.labels;
    const name = hashName({ ...t, metadata: { ...t.metadata, labels } });
    expect([rs.metadata.name, `web-${hash}`]).toEqual([name, name]);
    out[t.spec.containers[0].image] = name;
  }
  return out;
}

describe('Deployment', () => {
  test('creates ReplicaSet <name>-<pod-template-hash> with revision 1 and reports the rollout complete', () => {
    const { result, events } = run(deploymentYaml(3));
    const rsName = (i: string) => rsNames(result.state)[i];
    const rs = getObject(result.state, 'replicasets', `default/${rsName('app:1')}`)!;
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${rsName('app:1')} from 0 to 3`]);
    const hash = rsName('app:1').slice('web-'.length);
    expect(rs.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' });
    expect(rs.spec).toMatchObject({ replicas: 3, selector: {
      matchLabels: { app: 'web', 'pod-template-hash': hash } } });
    const d = getObject(result.state, 'deployments', 'default/web')!;
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(d.status).toEqual({
      observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3,
      conditions: [
        // Pods are available once the kubelet has pulled the image (2 s by default) and started them.
        { type: 'Available', status: 'True', lastUpdateTime: 2000, lastTransitionTime: 2000,
          reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', lastUpdateTime: 2000, lastTransitionTime: 0,
          reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName('app:1')}" has successfully progressed.` },
      ],
    });
  });

  test('a new image rolls one pod at a time with maxSurge 1 / maxUnavailable 0 (25% of 3), never changing pods in ' +
    'place', () => {
    const { result, events } =
      run(deploymentYaml(3), '  - {at: 1m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}');
    const { 'app:1': a, 'app:2': b } = rsNames(result.state);
    expect(scaling(events)).toEqual([
      `0s Scaled up replica set ${a} from 0 to 3`,
      `60s Scaled up replica set ${b} from 0 to 1`,
      // Each new pod pulls app:2 on a node that lacks it (the kubelet's 2 s default pull): the
      // first at 60s; the second lands where app:2 is cached; the third pulls again.
      `62s Scaled down replica set ${a} from 3 to 2`,
      `62s Scaled up replica set ${b} from 1 to 2`,
      `62s Scaled down replica set ${a} from 2 to 1`,
      `62s Scaled up replica set ${b} from 2 to 3`,
      `64s Scaled down replica set ${a} from 1 to 0`,
    ]);
    // No pod's image ever changed: every PodCreated carries its ReplicaSet's image for good.
    const images = new Map<string, string>();
    for (const e of events) if (e.type === 'PodCreated') images.set(e.uid, e.object.spec.containers[0].image!);
    expect([...new Set(images.values())].sort()).toEqual(['app:1', 'app:2']);
    expect(getObject(result.state, 'deployments', 'default/web')!.metadata.annotations).toEqual(
      { 'deployment.kubernetes.io/revision': '2' });
    expect(getObject(result.state, 'replicasets', `default/${a}`)!.spec).toMatchObject({ replicas: 0 });
  });

  test('Recreate scales the old ReplicaSet to 0 and creates the new one only when its pods are gone', () => {
    const { result, events } = run(deploymentYaml(2, '      strategy: {type: Recreate}\n'),
      '  - {at: 1m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}');
    const { 'app:1': a, 'app:2': b } = rsNames(result.state);
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${a} from 0 to 2`,
      `60s Scaled down replica set ${a} from 2 to 0`, `60s Scaled up replica set ${b} from 0 to 2`]);
    const lastOldGone = events.map((e) => e.type).lastIndexOf('PodDeleted');
    const firstNew = events.findIndex((e) => e.type === 'PodCreated' && e.object.spec.containers[0].image === 'app:2');
    expect(lastOldGone).toBeGreaterThan(0);
    expect(firstNew).toBeGreaterThan(lastOldGone);
  });

  test('rollout undo goes back to the previous template: its ReplicaSet is reused with the next revision', () => {
    const { result, events } = run(deploymentYaml(2), [
      '  - {at: 1m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}',
      '  - {at: 2m, rolloutUndo: {kind: Deployment, name: web}}',
      '  - {at: 3m, rolloutUndo: {kind: Deployment, name: web, toRevision: 9}}',
    ].join('\n'));
    const rsName = (i: string) => rsNames(result.state)[i];
    const d = getObject(result.state, 'deployments', 'default/web')!;
    expect(hashName((d.spec as { template: unknown }).template)).toBe(rsName('app:1'));
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '3' });
    const old = getObject(result.state, 'replicasets', `default/${rsName('app:1')}`)!;
    expect(old.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1' });
    expect(Object.keys(rsNames(result.state)).sort()).toEqual(['app:1', 'app:2']);
    expect(events.filter((e) => e.type === 'Warning')).toEqual(
      [{ type: 'Warning', at: 180_000, object: 'Deployment/default/web',
        message: 'unable to find specified revision 9 in history' }]);
  });

  test('a paused Deployment does not roll out a new template until resumed', () => {
    const timeline = [
      '  - {at: 1m, rolloutPause: {kind: Deployment, name: web}}',
      '  - {at: 2m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}',
      '  - {at: 3m, rolloutResume: {kind: Deployment, name: web}}',
    ].join('\n');
    const paused = run(deploymentYaml(2), timeline, 150_000);
    expect(Object.keys(rsNames(paused.result.state))).toEqual(['app:1']);
    const cond = ((getObject(paused.result.state, 'deployments',
      'default/web')!.status as { conditions: { type: string }[] }).conditions).find((c) => c.type === 'Progressing');
    expect(cond).toEqual({ type: 'Progressing', status: 'Unknown', lastUpdateTime: 60_000, lastTransitionTime: 60_000,
      reason: 'DeploymentPaused', message: 'Deployment is paused' });
    const resumed = run(deploymentYaml(2), timeline);
    const b = rsNames(resumed.result.state)['app:2'];
    expect(scaling(resumed.events).filter((m) => m.includes(b))[0]).toBe(`180s Scaled up replica set ${b} from 0 to 1`);
  });

  test('pods that cannot be scheduled: Progressing turns False (ProgressDeadlineExceeded) a second after the deadline',
    () => {
    const manifests = deploymentYaml(1, '      progressDeadlineSeconds: 30\n').replace('image: "app:1"}',
      'image: "app:1", resources: {requests: {cpu: "64"}}}');
    const { result, events } = run(manifests);
    const status = getObject(result.state, 'deployments', 'default/web')!.status as { conditions: unknown[] };
    expect(status.conditions).toContainEqual({ type: 'Progressing', status: 'False', lastUpdateTime: 31_000,
      lastTransitionTime: 31_000, reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${rsNames(result.state)['app:1']}" has timed out progressing.` });
    const deadlineWrites = events.filter((e) => e.type === 'ObjectStatusUpdated' && e.resource === 'deployments'
      && e.at === 31_000);
    expect(deadlineWrites).toHaveLength(1);
  });

  test('scaling up in the middle of nothing else only resizes the one active ReplicaSet', () => {
    const { result, events } =
      run(deploymentYaml(2), '  - {at: 1m, scale: {kind: Deployment, name: web, replicas: 5}}');
    const a = rsNames(result.state)['app:1'];
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${a} from 0 to 2`,
      `60s Scaled up replica set ${a} from 2 to 5`]);
    expect((getObject(result.state, 'deployments', 'default/web')!.status as KubeObject['status']
      & { readyReplicas: number }).readyReplicas).toBe(5);
  });

  test('revisionHistoryLimit keeps only that many old ReplicaSets', () => {
    const timeline =
      [2, 3, 4,
        5].map((v, i) =>
          `  - {at: ${i + 1}m, setImage: {kind: Deployment, name: web, container: c, image: "app:${v}"}}`).join('\n');
    const { result } = run(deploymentYaml(1, '      revisionHistoryLimit: 2\n'), timeline);
    expect(Object.keys(rsNames(result.state)).sort()).toEqual(['app:3', 'app:4', 'app:5']);
  });
});

describe('syncDeployment on a given state', () => {
  const tmpl = (image: string, hash?: string) => ({ metadata: {
    labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
      spec: { containers: [{ name: 'c', image }] } });
  const rs = (name: string, image: string, replicas: number, revision: string): KubeObject => ({
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: asUid(`uid-${name}`), generation: 1,
      creationTimestamp: revision === '1' ? 0
      : 1000, labels: { app: 'web', 'pod-template-hash': name.slice(4) },
        ownerReferences: [ownerRef('Deployment', 'web')], annotations: { 'deployment.kubernetes.io/revision': revision,
          'deployment.kubernetes.io/desired-replicas': '10', 'deployment.kubernetes.io/max-replicas': '13' } },
    spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': name.slice(4) } },
      template: tmpl(image, name.slice(4)) },
    status: { replicas, observedGeneration: 1 },
  });

  test('scaling 10 -> 15 in the middle of a rollout spreads the 5 new replicas proportionally: 3 to the old ' +
    'ReplicaSet, 2 to the new (docs example)', () => {
    const d: KubeObject = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', uid: asUid('uid-web'),
        generation: 3, annotations: { 'deployment.kubernetes.io/revision': '2' } },
      spec: { replicas: 15, selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } },
          template: tmpl('app:2') },
      status: { observedGeneration: 2, replicas: 13 },
    };
    const s = stateOf([objectApplied('deployments', d), objectApplied('replicasets', rs('web-old', 'app:1', 8, '1')),
      objectApplied('replicasets', rs('web-new', 'app:2', 5, '2'))]);
    const { events } = syncOnce(deploymentControllerDef, 'default/web', s, 5000);
    expect(events.filter((e) => e.type === 'ControllerEvent').map((e) => (e as { message: string }).message)).toEqual([
      'Scaled up replica set web-old from 8 to 11',
      'Scaled up replica set web-new from 5 to 7',
    ]);
    const written = events.filter((e): e is Extract<ClusterEvent,
      { type: 'ObjectApplied' }> => e.type === 'ObjectApplied' && e.resource === 'replicasets');
    expect(written.map((e) => [e.object.metadata.name, (e.object.spec as { replicas: number }).replicas,
      e.object.metadata.annotations?.['deployment.kubernetes.io/desired-replicas'],
        e.object.metadata.annotations?.['deployment.kubernetes.io/max-replicas']]))
      .toEqual([['web-old', 11, '15', '18'], ['web-new', 7, '15', '18']]);
  });
});

// sync.go getNewReplicaSet: creating <name>-<hash> fails with AlreadyExists when a ReplicaSet the
// Deployment does not control holds the name; status.collisionCount goes up by one and the hash is
// computed again with it (controller_utils.go ComputeHash writes the count into the FNV-32a hash).
test('a hash collision bumps status.collisionCount and names the ReplicaSet by the hash with that count', () => {
  const first = run(deploymentYaml(1)).result.state;
  const rs = listObjects(first, 'replicasets')[0];
  const t = (rs.spec as { template: { metadata: { labels: Record<string, string> } } }).template;
  const { 'pod-template-hash': _h, ...labels } = t.metadata.labels;
  const template = { ...t, metadata: { ...t.metadata, labels } };
  const foreign = `  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata: {name: ${rs.metadata.name}}
    spec:
      replicas: 0
      selector: {matchLabels: {app: other}}
      template:
        metadata: {labels: {app: other}}
        spec: {containers: [{name: c, image: "other:1"}]}
`;
  const state = run(foreign + deploymentYaml(1)).result.state;
  const d = getObject(state, 'deployments', 'default/web')!;
  expect((d.status as { collisionCount?: number }).collisionCount).toBe(1);
  const owned = listObjects(state, 'replicasets').filter((x) => x.metadata.ownerReferences?.length);
  expect(owned.map((x) => x.metadata.name)).toEqual([`web-${computeHash(template, 1)}`]);
  const untouched = getObject(state, 'replicasets', `default/${rs.metadata.name}`)!;
  expect([untouched.metadata.ownerReferences, (untouched.spec as {
    template: { metadata: unknown } }).template.metadata])
    .toEqual([undefined, { labels: { app: 'other' } }]);
});
