import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runScenario } from '../engine/run.js';
import { toApi } from '../output/toApi.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { hasKubectl, KUBECTL, kubectl, serveScenario, type TestServer } from '../../test-support/serve.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: served}
seed: 3
until: 1h
nodes: [{namePrefix: node-, count: 3, capacity: {cpu: "4", memory: 8Gi}}]
manifests:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 3
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: app, image: "nginx:1.25", resources: {requests: {cpu: 100m}}}]}
`;

if (!hasKubectl) {
  // Visible in the test output: these tests need the real kubectl.
  console.warn(`kubesim serve: ${KUBECTL} is absent, so the kubectl tests are skipped`);
}

const kubectlDescribe = hasKubectl ? describe : describe.skip;

kubectlDescribe('the real kubectl against kubesim serve', () => {
  let s: TestServer;
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 30_000 }); });
  afterAll(async () => { await s.close(); });

  test('get -o yaml of the served pods equals kubesim run --output json at the same instant', async () => {
    const r = await kubectl(s, ['get', 'pods', '-o', 'yaml']);
    expect(r.stderr).toBe('');
    const served = (parse(r.stdout) as { items: { metadata: Record<string, unknown> }[] }).items;
    for (const p of served) {
      expect(Number(p.metadata.resourceVersion)).toBeGreaterThan(0);
      delete p.metadata.resourceVersion;
    }
    const own = toApi(runScenario(scenarioFrom(SCENARIO), { until: 30_000 }).state).pods;
    expect(served).toHaveLength(3);
    expect(served).toEqual(own);
  });

  test('get prints tables for nodes, pods -o wide and workloads; unknown kinds are refused', async () => {
    const nodes = await kubectl(s, ['get', 'nodes']);
    // kubectl's columns (printers.go printNode / printPod), not the default Name / Created At table.
    expect(nodes.stdout.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(nodes.stdout).toMatch(/node-0[\s\S]*node-1[\s\S]*node-2/);
    const pods = await kubectl(s, ['get', 'pods', '-A', '-o', 'wide']);
    expect(pods.stdout.split('\n')[0])
      .toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(pods.stdout).toMatch(/web-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s/);
    expect(pods.stdout.match(/web-[a-z0-9]+-[a-z0-9]{5}/g)).toHaveLength(3);
    const all = await kubectl(s, ['get', 'deploy,rs,sts,ds,job,cronjob,hpa,pdb']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/deployment\.apps\/web/);
    const bad = await kubectl(s, ['get', 'widgets']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/the server doesn't have a resource type "widgets"/);
  });

  test('a new cluster\'s namespaces and `kubernetes` Service are there; the immortal namespaces refuse deletion',
    async () => {
    const ns = await kubectl(s, ['get', 'ns']);
    expect(ns.stdout.split('\n').map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['NAME STATUS',
      'default Active', 'kube-node-lease Active', 'kube-public Active', 'kube-system Active', '']);
    const svc = await kubectl(s, ['get', 'svc', 'kubernetes', '-o',
      'jsonpath={.spec.clusterIP} {.spec.ports[0].port}']);
    expect(svc.stdout).toBe('10.96.0.1 443');
    const del = await kubectl(s, ['delete', 'ns', 'kube-system']);
    expect(del.code).not.toBe(0);
    expect(del.stderr).toMatch(
      /Error from server \(Forbidden\): namespaces "kube-system" is forbidden: this namespace may not be deleted/);
    // Kubernetes would delete and re-create it (kubernetesservice controller); kubesim refuses and says why.
    const svcDel = await kubectl(s, ['delete', 'svc', 'kubernetes']);
    expect(svcDel.stderr).toMatch(/services "kubernetes" is forbidden: kubesim keeps the objects the API server makes/);
    expect((await kubectl(s, ['get', 'svc', '-o', 'name'])).stdout).toBe('service/kubernetes\n');
  });

  test('describe pod shows the pod and its events from the facts', async () => {
    const name = (await kubectl(s, ['get', 'pods', '-o', 'name'])).stdout.split('\n')[0].replace('pod/', '');
    const r = await kubectl(s, ['describe', 'pod', name]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Name:\\s+${name}`));
    expect(r.stdout).toMatch(/Scheduled\s+\S+\s+default-scheduler\s+Successfully assigned default\//);
    expect(r.stdout).toMatch(/Started container app/);
  });

  test('explain reads the served OpenAPI v3', async () => {
    const r = await kubectl(s, ['explain', 'deployment.spec.replicas']);
    expect(r.stdout).toMatch(/GROUP:\s+apps/);
    expect(r.stdout).toMatch(/FIELD: replicas <integer>/);
    const unknown = await kubectl(s, ['explain', 'deployment.spec.nosuch']);
    expect(unknown.code).not.toBe(0);
  });

  test('get -w streams the changes a write causes', async () => {
    const child = spawn(KUBECTL, ['--kubeconfig', s.kubeconfig, '--cache-dir', join(s.dir, 'cache'), 'get', 'pods',
      '-w', '--output-watch-events']);
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    try {
      await until(() => (out.match(/ADDED/g) ?? []).length >= 3);
      const r = await kubectl(s, ['scale', 'deploy/web', '--replicas=4']);
      expect(r.stdout).toMatch(/scaled/);
      s.session.pacer.step(5_000);
      await until(() => (out.match(/ADDED/g) ?? []).length >= 4 && /MODIFIED/.test(out));
    } finally { child.kill(); }
    expect(out).toMatch(/MODIFIED\s+web-/);
  });
});

kubectlDescribe('kubectl writes against a running clock', () => {
  let s: TestServer;
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 30_000, paused: false, speed: 60 }); });
  afterAll(async () => { await s.close(); });

  test('apply -f of a manifest folder, then again unchanged; server-side validation refuses a bad field with its path',
    async () => {
    const dir = join(s.dir, 'manifests');
    mkdirSync(dir);
    writeFileSync(join(dir, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: fast}\n');
    writeFileSync(join(dir, 'api.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: 2\n'
      + ('  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api}}\n    spec: ' +
        '{containers: [{name: api, image: "busybox:1.36"}]}\n'));
    const r = await kubectl(s, ['apply', '-f', dir]);
    expect(r.stdout).toMatch(/configmap\/settings created/);
    expect(r.stdout).toMatch(/deployment.apps\/api created/);
    const again = await kubectl(s, ['apply', '-f', dir]);
    expect(again.stdout).toMatch(/deployment.apps\/api unchanged/);
    writeFileSync(join(dir, 'bad.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: bad}\nspec: {replica: 2}\n');
    const bad = await kubectl(s, ['apply', '-f', join(dir, 'bad.yaml')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/strict decoding error: unknown field "spec.replica"/);
  });

  test('scale, set image, rollout status', async () => {
    expect((await kubectl(s, ['scale', 'deploy/web', '--replicas=5'])).stdout).toMatch(/scaled/);
    expect((await kubectl(s, ['set', 'image', 'deploy/web', 'app=nginx:1.26'])).stdout).toMatch(/image updated/);
    const r = await kubectl(s, ['rollout', 'status', 'deploy/web', '--timeout=60s']);
    expect(r.stdout).toMatch(/successfully rolled out/);
    const d = JSON.parse((await kubectl(s, ['get', 'deploy', 'web', '-o', 'json'])).stdout) as {
      spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
        status: { updatedReplicas: number } };
    expect(d.spec.replicas).toBe(5);
    expect(d.spec.template.spec.containers[0].image).toBe('nginx:1.26');
    expect(d.status.updatedReplicas).toBe(5);
  });

  test('cordon and drain evict through the Eviction API; delete removes', async () => {
    expect((await kubectl(s, ['cordon', 'node-0'])).stdout).toMatch(/cordoned/);
    const drain = await kubectl(s, ['drain', 'node-1', '--ignore-daemonsets', '--delete-emptydir-data',
      '--timeout=60s']);
    expect(drain.stdout).toMatch(/node\/node-1 drained/);
    const pods = JSON.parse((await kubectl(s, ['get', 'pods', '-o', 'json'])).stdout) as {
      items: { spec: { nodeName?: string } }[] };
    expect(pods.items.filter((p) => p.spec.nodeName === 'node-1')).toEqual([]);
    const nodes = JSON.parse((await kubectl(s, ['get', 'nodes', '-o', 'json'])).stdout) as {
      items: { metadata: { name: string }; spec: { unschedulable?: boolean } }[] };
    expect(nodes.items.filter((n) => n.spec.unschedulable).map((n) => n.metadata.name)).toEqual(['node-0', 'node-1']);
    const del = await kubectl(s, ['delete', 'deploy', 'api']);
    expect(del.stdout).toMatch(/deployment.apps "api" deleted/);
    expect((await kubectl(s, ['get', 'deploy', 'api'])).stderr).toMatch(/NotFound|not found/);
  });
});

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
