import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { runRecorded, scenarioFromYaml, scenarioYaml } from '../../test-support/workloads.js';
import { computeHash } from './computeHash.js';

const template = (image: string) => ({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image }] } });
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
  runRecorded(scenarioFromYaml({ 'scenario.yaml': scenarioYaml({ manifests, ...(timeline ? { timeline } : {}), until: '10m' }) }), until);
const scaling = (events: readonly ClusterEvent[]) =>
  events.filter((e) => e.type === 'ControllerEvent' && e.reason === 'ScalingReplicaSet').map((e) => `${e.at / 1000}s ${(e as { message: string }).message}`);
const rsName = (image: string) => `web-${computeHash(template(image))}`;

describe('Deployment', () => {
  test('creates ReplicaSet <name>-<pod-template-hash> with revision 1 and reports the rollout complete', () => {
    const { result, events } = run(deploymentYaml(3));
    const rs = result.state.objects.replicasets[`default/${rsName('app:1')}`];
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${rsName('app:1')} from 0 to 3`]);
    expect(rs.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': computeHash(template('app:1')) });
    expect(rs.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' });
    expect(rs.spec).toMatchObject({ replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': computeHash(template('app:1')) } } });
    const d = result.state.objects.deployments['default/web'];
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(d.status).toEqual({
      observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3,
      conditions: [
        // Pods are available once the kubelet has pulled the image (2 s by default) and started them.
        { type: 'Available', status: 'True', lastUpdateTime: 2000, lastTransitionTime: 2000, reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', lastUpdateTime: 2000, lastTransitionTime: 0, reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName('app:1')}" has successfully progressed.` },
      ],
    });
  });

  test('a new image rolls one pod at a time with maxSurge 1 / maxUnavailable 0 (25% of 3), never changing pods in place', () => {
    const { result, events } = run(deploymentYaml(3), '  - {at: 1m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}');
    const a = rsName('app:1'), b = rsName('app:2');
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
    expect(result.state.objects.deployments['default/web'].metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '2' });
    expect(result.state.objects.replicasets[`default/${a}`].spec).toMatchObject({ replicas: 0 });
  });

  test('Recreate scales the old ReplicaSet to 0 and creates the new one only when its pods are gone', () => {
    const { events } = run(deploymentYaml(2, '      strategy: {type: Recreate}\n'), '  - {at: 1m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}');
    const a = rsName('app:1'), b = rsName('app:2');
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${a} from 0 to 2`, `60s Scaled down replica set ${a} from 2 to 0`, `60s Scaled up replica set ${b} from 0 to 2`]);
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
    const d = result.state.objects.deployments['default/web'];
    expect((d.spec as { template: unknown }).template).toEqual(template('app:1'));
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '3' });
    const old = result.state.objects.replicasets[`default/${rsName('app:1')}`];
    expect(old.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' });
    expect(Object.keys(result.state.objects.replicasets).sort()).toEqual([`default/${rsName('app:1')}`, `default/${rsName('app:2')}`].sort());
    expect(events.filter((e) => e.type === 'Warning')).toEqual([{ type: 'Warning', at: 180_000, object: 'Deployment/default/web', message: 'unable to find specified revision 9 in history' }]);
  });

  test('a paused Deployment does not roll out a new template until resumed', () => {
    const timeline = [
      '  - {at: 1m, rolloutPause: {kind: Deployment, name: web}}',
      '  - {at: 2m, setImage: {kind: Deployment, name: web, container: c, image: "app:2"}}',
      '  - {at: 3m, rolloutResume: {kind: Deployment, name: web}}',
    ].join('\n');
    const paused = run(deploymentYaml(2), timeline, 150_000);
    expect(Object.keys(paused.result.state.objects.replicasets)).toEqual([`default/${rsName('app:1')}`]);
    const cond = ((paused.result.state.objects.deployments['default/web'].status as { conditions: { type: string }[] }).conditions).find((c) => c.type === 'Progressing');
    expect(cond).toEqual({ type: 'Progressing', status: 'Unknown', lastUpdateTime: 60_000, lastTransitionTime: 60_000, reason: 'DeploymentPaused', message: 'Deployment is paused' });
    const resumed = run(deploymentYaml(2), timeline);
    expect(scaling(resumed.events).filter((m) => m.includes(rsName('app:2')))[0]).toBe(`180s Scaled up replica set ${rsName('app:2')} from 0 to 1`);
  });

  test('pods that cannot be scheduled: Progressing turns False (ProgressDeadlineExceeded) a second after the deadline', () => {
    const manifests = deploymentYaml(1, '      progressDeadlineSeconds: 30\n').replace('image: "app:1"}', 'image: "app:1", resources: {requests: {cpu: "64"}}}');
    const { result, events } = run(manifests);
    const hash = computeHash({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'app:1', resources: { requests: { cpu: '64' } } }] } });
    const status = result.state.objects.deployments['default/web'].status as { conditions: unknown[] };
    expect(status.conditions).toContainEqual({ type: 'Progressing', status: 'False', lastUpdateTime: 31_000, lastTransitionTime: 31_000, reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "web-${hash}" has timed out progressing.` });
    const deadlineWrites = events.filter((e) => e.type === 'ObjectStatusUpdated' && e.resource === 'deployments' && e.at === 31_000);
    expect(deadlineWrites).toHaveLength(1);
  });

  test('scaling up in the middle of nothing else only resizes the one active ReplicaSet', () => {
    const { result, events } = run(deploymentYaml(2), '  - {at: 1m, scale: {kind: Deployment, name: web, replicas: 5}}');
    expect(scaling(events)).toEqual([`0s Scaled up replica set ${rsName('app:1')} from 0 to 2`, `60s Scaled up replica set ${rsName('app:1')} from 2 to 5`]);
    expect((result.state.objects.deployments['default/web'].status as KubeObject['status'] & { readyReplicas: number }).readyReplicas).toBe(5);
  });

  test('revisionHistoryLimit keeps only that many old ReplicaSets', () => {
    const timeline = [2, 3, 4, 5].map((v, i) => `  - {at: ${i + 1}m, setImage: {kind: Deployment, name: web, container: c, image: "app:${v}"}}`).join('\n');
    const { result } = run(deploymentYaml(1, '      revisionHistoryLimit: 2\n'), timeline);
    expect(Object.keys(result.state.objects.replicasets).sort()).toEqual([rsName('app:3'), rsName('app:4'), rsName('app:5')].map((n) => `default/${n}`).sort());
  });
});
