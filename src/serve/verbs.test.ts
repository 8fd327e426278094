import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { describe, expect, test } from 'vitest';
import { clientConfig, hasKubectl, kubectl, useServer, webScenario } from '../../test-support/serve.js';

const SCENARIO = webScenario({ name: 'verbs', seed: 11, nodes: 2, replicas: 3, manifests: ['a|front', 'b|front',
  'c|back'].map((x) => { const [name, tier] = x.split('|');
  return `  - {apiVersion: v1, kind: ConfigMap, metadata: {name: ${name}, labels: {tier: ${tier}}}, data: {k: ` +
    `"1"}}\n`; })
  .join('') });

const kubectlTest = hasKubectl ? test : test.skip;

describe('server-side apply and deletecollection', () => {
  const server = useServer(SCENARIO, { at: 20_000 });

  kubectlTest('kubectl apply --server-side creates, then changes, a Deployment', async () => {
    const file = join(server().dir, 'api.yaml');
    const manifest = (replicas: number): string => 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n'
      + `spec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: api}}\n  template:\n`
      + '    metadata: {labels: {app: api}}\n    spec: {containers: [{name: api, image: "busybox:1.36"}]}\n';
    writeFileSync(file, manifest(2));
    const created = await kubectl(server(), ['apply', '--server-side', '-f', file]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/deployment.apps\/api serverside-applied/);
    writeFileSync(file, manifest(4));
    expect((await kubectl(server(), ['apply', '--server-side', '-f', file])).stdout).toMatch(/serverside-applied/);
    const d = JSON.parse((await kubectl(server(), ['get', 'deploy', 'api', '-o', 'json'])).stdout) as {
      spec: { replicas: number } };
    expect(d.spec.replicas).toBe(4);
    // An unknown field is refused as strict field validation refuses it.
    writeFileSync(file, manifest(4).replace('replicas: 4', 'replica: 4'));
    const bad = await kubectl(server(), ['apply', '--server-side', '-f', file]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/unknown field "spec.replica"/);
  });

  test('apply without a fieldManager is refused, naming the field', async () => {
    const res = await fetch(`${server().url}/api/v1/namespaces/default/configmaps/new`, { method: 'PATCH',
      headers: { 'Content-Type': 'application/apply-patch+yaml' },
      body: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: new}\n' });
    expect(res.status).toBe(422);
    const st = await res.json() as { details: { causes: { field: string }[] } };
    expect(st.details.causes[0].field).toBe('fieldManager');
  });

  test('client-node deletecollection deletes what the selector selects, and only that', async () => {
    const core = clientConfig(server()).makeApiClient(k8s.CoreV1Api);
    await core.deleteCollectionNamespacedConfigMap({ namespace: 'default', labelSelector: 'tier=front' });
    const left = await core.listNamespacedConfigMap({ namespace: 'default' });
    expect(left.items.map((c) => c.metadata?.name).filter((n) => ['a', 'b', 'c'].includes(n!))).toEqual(['c']);
    // Pods: a graceful delete of all at one instant; the ReplicaSet makes new ones.
    const before = (await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=web' })).items
      .map((p) => p.metadata?.name);
    await core.deleteCollectionNamespacedPod({ namespace: 'default', labelSelector: 'app=web' });
    server().session.pacer.step(60_000);
    const after = (await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=web' })).items;
    expect(after).toHaveLength(3);
    for (const p of after) expect(before).not.toContain(p.metadata?.name);
  });

  kubectlTest('kubectl label, annotate and set image on a pod; other spec changes are refused with Forbidden',
    async () => {
    const name = (await kubectl(server(), ['get', 'pods', '-l', 'app=web', '-o', 'name'])).stdout.split('\n')[0];
    expect((await kubectl(server(), ['label', name, 'tier=front'])).stdout).toMatch(/labeled/);
    expect((await kubectl(server(), ['annotate', name, 'note=hello'])).stdout).toMatch(/annotated/);
    const pod = JSON.parse((await kubectl(server(), ['get', name, '-o', 'json'])).stdout) as {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> } };
    expect(pod.metadata.labels).toMatchObject({ app: 'web', tier: 'front' });
    expect(pod.metadata.annotations.note).toBe('hello');
    expect((await kubectl(server(), ['get', 'pods', '-l', 'tier=front', '-o', 'name'])).stdout.trim()).toBe(name);
    const bad =
      await kubectl(server(),
        ['patch', name, '-p', '{"spec":{"containers":[{"name":"app","ports":[{"containerPort":80}]}]}}']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(
      /is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`/);
    expect(bad.stderr).toMatch(/spec.containers\[0\].ports/);
    // The API server allows this one in place, and kubesim carries it out: the kubelet restarts the container.
    const image = await kubectl(server(), ['set', 'image', name, 'app=nginx:1.26']);
    expect(image.code).toBe(0);
    expect(image.stdout).toMatch(/image updated/);
    server().session.pacer.step(10_000);
    const restarted = JSON.parse((await kubectl(server(), ['get', name, '-o', 'json'])).stdout) as {
      spec: { containers: { image: string }[] };
      status: { containerStatuses: { image: string; restartCount: number; state: { running?: unknown } }[] } };
    expect(restarted.spec.containers[0].image).toBe('nginx:1.26');
    expect(restarted.status.containerStatuses[0]).toMatchObject({ image: 'nginx:1.26', restartCount: 1 });
    expect(restarted.status.containerStatuses[0].state.running).toBeDefined();
    const events = await kubectl(server(), ['get', 'events', '--field-selector', `involvedObject.name=${
      name.split('/')[1]}`]);
    expect(events.stdout).toMatch(/Killing\s+pod\/\S+\s+Container app definition changed, will be restarted/);
    // activeDeadlineSeconds may be set or lowered, not raised (ValidatePodUpdate); the pod fails at the deadline.
    const patchDeadline = (s: number) => kubectl(server(), ['patch', name, '-p',
      `{"spec":{"activeDeadlineSeconds":${s}}}`]);
    expect((await patchDeadline(3600)).code).toBe(0);
    expect((await patchDeadline(7200)).stderr).toMatch(
      /spec.activeDeadlineSeconds: Invalid value: 7200: must be less than or equal to previous value/);
    expect((await patchDeadline(1)).code).toBe(0);
    server().session.pacer.step(1_000);
    const failed = JSON.parse((await kubectl(server(), ['get', name, '-o', 'json'])).stdout) as {
      status: { phase: string; reason: string } };
    expect(failed.status).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
    const tolerations = await kubectl(server(), ['patch', name, '-p',
      '{"spec":{"tolerations":[{"key":"k","operator":"Exists","effect":"NoSchedule"}]}}']);
    expect(tolerations.stderr).toMatch(/spec.tolerations.*Forbidden: kubesim does not simulate in-place changes/);
  });

  kubectlTest('kubectl label and taint a node; the scheduler sees the taint', async () => {
    expect((await kubectl(server(), ['label', 'node', 'node-0', 'disk=ssd'])).stdout).toMatch(/labeled/);
    expect((await kubectl(server(), ['taint', 'node', 'node-0', 'dedicated=gpu:NoSchedule'])).stdout).toMatch(
      /tainted/);
    expect((await kubectl(server(), ['taint', 'node', 'node-1', 'dedicated=gpu:NoSchedule'])).stdout).toMatch(
      /tainted/);
    const node = JSON.parse((await kubectl(server(), ['get', 'node', 'node-0', '-o', 'json'])).stdout) as {
      metadata: { labels: Record<string, string> }; spec: { taints: { key: string; effect: string }[] } };
    expect(node.metadata.labels).toMatchObject({ disk: 'ssd', 'kubernetes.io/hostname': 'node-0' });
    expect(node.spec.taints).toContainEqual({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
    // Every node is tainted now: a new pod of the Deployment stays Pending, untolerated.
    await kubectl(server(), ['scale', 'deploy/web', '--replicas=4']);
    server().session.pacer.step(5_000);
    const pending = await kubectl(server(), ['get', 'pods', '--field-selector', 'status.phase=Pending', '-o', 'name']);
    expect(pending.stdout.trim().split('\n')).toHaveLength(1);
    expect((await kubectl(server(), ['taint', 'node', 'node-1', 'dedicated=gpu:NoSchedule-'])).stdout).toMatch(
      /untainted/);
    server().session.pacer.step(5_000);
    expect((await kubectl(server(), ['get', 'pods', '--field-selector', 'status.phase=Pending', '-o', 'name'])).stdout)
      .toBe('');
    const cidr = await kubectl(server(), ['patch', 'node', 'node-0', '-p',
      '{"spec":{"podCIDR":"10.9.9.0/24","podCIDRs":["10.9.9.0/24"]}}']);
    expect(cidr.stderr).toMatch(
      /spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid/);
  });

  test('an HPA written at autoscaling/v1 reads at v2, and one written at v2 reads at v1 (client-node)', async () => {
    const v1 = clientConfig(server()).makeApiClient(k8s.AutoscalingV1Api),
      v2 = clientConfig(server()).makeApiClient(k8s.AutoscalingV2Api);
    const target = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
    await v1.createNamespacedHorizontalPodAutoscaler({ namespace: 'default', body: { metadata: { name: 'old' },
      spec: { scaleTargetRef: target, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 60 } } });
    const asV2 = await v2.readNamespacedHorizontalPodAutoscaler({ name: 'old', namespace: 'default' });
    expect(asV2.apiVersion).toBe('autoscaling/v2');
    expect(asV2.spec?.metrics).toEqual([{ type: 'Resource',
      resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }]);
    const memory = { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue',
      averageValue: '100Mi' } } };
    await v2.createNamespacedHorizontalPodAutoscaler({ namespace: 'default', body: { metadata: { name: 'new' },
      spec: { scaleTargetRef: target, maxReplicas: 4, metrics: [{ type: 'Resource', resource: { name: 'cpu',
        target: { type: 'Utilization', averageUtilization: 70 } } }, memory] } } });
    const asV1 = await v1.readNamespacedHorizontalPodAutoscaler({ name: 'new', namespace: 'default' });
    expect(asV1.apiVersion).toBe('autoscaling/v1');
    expect(asV1.spec?.targetCPUUtilizationPercentage).toBe(70);
    expect(JSON.parse(asV1.metadata?.annotations?.['autoscaling.alpha.kubernetes.io/metrics'] ?? '[]'))
      .toEqual([memory]);
    const listed = await v1.listNamespacedHorizontalPodAutoscaler({ namespace: 'default' });
    expect(listed.items.map((h) => [h.metadata?.name, h.spec?.targetCPUUtilizationPercentage]))
      .toEqual([['new', 70], ['old', 60]]);
  });
});
