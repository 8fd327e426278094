import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scenarioFrom } from '../../test-support/scenario.js';
import { clientConfig, serveScenario, type TestServer } from '../../test-support/serve.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: client-node}
seed: 5
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: app, image: "nginx:1.25"}]}
`;

describe('@kubernetes/client-node against kubesim serve', () => {
  let s: TestServer;
  let kc: k8s.KubeConfig;
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 10_000 }); kc = clientConfig(s); });
  afterAll(async () => { await s.close(); });

  test('list, create, patch and delete', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const pods = await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=web' });
    expect(pods.items.map((p) => p.status?.phase)).toEqual(['Running', 'Running']);
    expect(Number(pods.metadata?.resourceVersion)).toBeGreaterThan(0);
    const cm = await core.createNamespacedConfigMap({ namespace: 'default',
      body: { metadata: { name: 'settings' }, data: { mode: 'fast' } } });
    expect(cm.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    const patched = await core.patchNamespacedConfigMap({ name: 'settings', namespace: 'default',
      body: { data: { mode: 'slow' } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch));
    expect(patched.data).toEqual({ mode: 'slow' });
    const d = await apps.patchNamespacedDeployment({ name: 'web', namespace: 'default',
      body: { spec: { replicas: 3 } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.StrategicMergePatch));
    expect(d.spec?.replicas).toBe(3);
    await core.deleteNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    await expect(core.readNamespacedConfigMap({ name: 'settings', namespace: 'default' })).rejects.toMatchObject(
      { code: 404 });
  });

  test('an informer sees the pods that exist and those a scale-up creates', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const informer = k8s.makeInformer(kc, '/api/v1/namespaces/default/pods',
      () => core.listNamespacedPod({ namespace: 'default' }));
    const added = new Set<string>();
    const updated = new Set<string>();
    informer.on('add', (p) => { added.add(p.metadata!.name!); });
    informer.on('update', (p) => { updated.add(p.metadata!.name!); });
    await informer.start();
    try {
      await until(() => added.size >= 3);
      const scale = await fetch(`${s.url}/apis/apps/v1/namespaces/default/deployments/web/scale`, {
        method: 'PATCH', body: JSON.stringify({ spec: { replicas: 5 } }),
          headers: { 'Content-Type': 'application/merge-patch+json' },
      });
      expect(scale.status).toBe(200);
      s.session.pacer.step(10_000);
      await until(() => added.size >= 5 && updated.size >= 2);
    } finally { await informer.stop(); }
    expect([...added].every((n) => n.startsWith('web-'))).toBe(true);
  });
});

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
