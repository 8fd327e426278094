import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scenarioFrom } from '../../test-support/scenario.js';
import { hasKubectl, kubectl, serveScenario, type TestServer } from '../../test-support/serve.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: created}
seed: 5
until: 2h
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}]
`;

const kubectlDescribe = hasKubectl ? describe : describe.skip;

/**
 * kubectl's typed `create` commands send Kubernetes protobuf (client-go's typed clients), unlike
 * apply, which sends JSON: each one must make the object it names, as on a cluster.
 */
kubectlDescribe('kubectl create <kind> (protobuf bodies) against kubesim serve', () => {
  let s: TestServer;
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 0, paused: false, speed: 60 }); });
  afterAll(async () => { await s.close(); });
  const json = async (args: string[]): Promise<Record<string, any>> =>
    JSON.parse((await kubectl(s, [...args, '-o', 'json'])).stdout) as Record<string, any>;

  test('namespace, deployment, configmap, secret, service, job, cronjob, quota, pdb and priorityclass', async () => {
    const created = [
      ['create', 'namespace', 'shop'],
      ['create', 'deployment', 'web', '-n', 'shop', '--image=nginx:1.27', '--replicas=2', '--port=80'],
      ['create', 'configmap', 'settings', '-n', 'shop', '--from-literal=mode=fast'],
      ['create', 'secret', 'generic', 'login', '-n', 'shop', '--from-literal=user=admin'],
      ['create', 'service', 'clusterip', 'web', '-n', 'shop', '--tcp=80:80'],
      ['create', 'job', 'once', '-n', 'shop', '--image=busybox', '--', 'true'],
      ['create', 'cronjob', 'tick', '-n', 'shop', '--image=busybox', '--schedule=*/5 * * * *', '--', 'true'],
      ['create', 'quota', 'few', '-n', 'shop', '--hard=pods=10,count/configmaps=5'],
      ['create', 'pdb', 'web', '-n', 'shop', '--selector=app=web', '--min-available=1'],
      ['create', 'priorityclass', 'high', '--value=1000', '--description=front ends'],
    ];
    for (const args of created) {
      const r = await kubectl(s, args);
      expect(r.stderr.replace(/^Warning: .*\n/gm, ''), args.join(' ')).toBe('');
      expect(r.stdout, args.join(' ')).toMatch(/ created\n$/);
    }
    expect((await json(['get', 'ns', 'shop'])).status.phase).toBe('Active');
    const deploy = await json(['get', 'deploy', 'web', '-n', 'shop']);
    expect(deploy.spec.replicas).toBe(2);
    expect(deploy.spec.template.spec.containers[0]).toMatchObject({ name: 'nginx', image: 'nginx:1.27',
      ports: [{ containerPort: 80, protocol: 'TCP' }] });
    const secret = await json(['get', 'secret', 'login', '-n', 'shop']);
    expect(Buffer.from(secret.data.user as string, 'base64').toString()).toBe('admin');
    expect((await json(['get', 'cm', 'settings', '-n', 'shop'])).data).toEqual({ mode: 'fast' });
    expect((await json(['get', 'cronjob', 'tick', '-n', 'shop'])).spec.schedule).toBe('*/5 * * * *');
    expect((await json(['get', 'pdb', 'web', '-n', 'shop'])).spec.minAvailable).toBe(1);
    expect((await json(['get', 'pc', 'high'])).value).toBe(1000);
    const quota = await json(['get', 'quota', 'few', '-n', 'shop']);
    expect(quota.spec.hard).toEqual({ pods: '10', 'count/configmaps': '5' });
    // The simulation runs what was created: the Deployment's pods come up (60 virtual seconds per second).
    const r = await kubectl(s, ['rollout', 'status', 'deploy/web', '-n', 'shop', '--timeout=60s']);
    expect(r.stdout).toMatch(/successfully rolled out/);
  });

  test('a protobuf body that cannot be read is a 400 BadRequest naming the body, not a crash', async () => {
    const cut = Buffer.from('6b3873000a0b0a0276311205436f6e666967124', 'hex');
    const res = await fetch(`${s.url}/api/v1/namespaces/default/configmaps`, { method: 'POST', body: cut,
      headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf' } });
    const status = await res.json() as { reason: string; message: string; details: { causes: { field: string }[] } };
    expect(res.status).toBe(400);
    expect(status.reason).toBe('BadRequest');
    expect(status.message).toMatch(new RegExp(/^the object provided is unrecognized \(must be of type ConfigMap\): /
      .source + /couldn't decode protobuf: /.source));
    expect(status.details.causes[0].field).toBe('body');
  });
});
