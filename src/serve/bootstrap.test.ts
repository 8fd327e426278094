import { expect, test } from 'vitest';
import { hasKubectl, kubectl, useServer, webScenario } from '../../test-support/serve.js';

const server = useServer(webScenario({ name: 'new-cluster', seed: 9, nodes: 1, replicas: 1, manifests: `
  - apiVersion: v1
    kind: Namespace
    metadata: {name: team-a}` }), { at: 10_000 });

const SYSTEM = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
/** kubectl's table, as rows of whitespace-separated cells (header first). */
const rows = (out: string): string[][] => out.trim().split('\n').map((l) => l.trim().split(/\s+/));
const kubectlTest = hasKubectl ? test : test.skip;

kubectlTest('every namespace holds its default ServiceAccount and kube-root-ca.crt ConfigMap, as on a new cluster',
  async () => {
    const sa = await kubectl(server(), ['get', 'sa', '-A']);
    expect(sa.stderr).toBe('');
    expect(rows(sa.stdout).map((r) => r.slice(0, 3))).toEqual([['NAMESPACE', 'NAME', 'SECRETS'],
      ...[...SYSTEM, 'team-a'].sort().map((ns) => [ns, 'default', '0'])]);
    const cm = await kubectl(server(), ['get', 'configmaps', '-A']);
    expect(rows(cm.stdout).filter((r) => r[1] === 'kube-root-ca.crt').map((r) => [r[0], r[2]]))
      .toEqual([...SYSTEM, 'team-a'].sort().map((ns) => [ns, '1']));
    const yaml = await kubectl(server(), ['get', 'cm', 'kube-root-ca.crt', '-n', 'team-a', '-o',
      'jsonpath={.metadata.annotations.kubernetes\\.io/description}|{.data}']);
    expect(yaml.stdout).toMatch(
      /^Contains a CA bundle that can be used to verify the kube-apiserver .*\|\{"ca.crt":""\}$/);
    // The API server keeps them: kubesim does not simulate their deletion and re-creation.
    const del = await kubectl(server(), ['delete', 'sa', 'default', '-n', 'team-a']);
    expect(del.code).not.toBe(0);
    const delCm = await kubectl(server(), ['delete', 'cm', 'kube-root-ca.crt', '-n', 'team-a']);
    expect(delCm.stderr).toContain('forbidden');
  });

kubectlTest('the kubernetes Service\'s Endpoints and EndpointSlice point at the API server\'s address, port 6443',
  async () => {
    const ep = await kubectl(server(), ['get', 'endpoints', '-n', 'default']);
    expect(rows(ep.stdout).map((r) => r.slice(0, 2))).toEqual([['NAME', 'ENDPOINTS'], ['kubernetes', '10.0.0.2:6443']]);
    const slices = await kubectl(server(), ['get', 'endpointslices', '-n', 'default']);
    expect(slices.stderr).toBe('');
    expect(rows(slices.stdout).map((r) => r.slice(0, 4))).toEqual([['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS'],
      ['kubernetes', 'IPv4', '6443', '10.0.0.2']]);
    const labels = await kubectl(server(), ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=kubernetes',
      '-o', 'jsonpath={.items[*].metadata.name} {.items[0].endpoints[0].conditions.ready}']);
    expect(labels.stdout).toBe('kubernetes true');
  });

kubectlTest('a namespace created through the API holds them at once, and watchers see them ADDED', async () => {
  const rv = server().session.cluster.resourceVersion;
  const created = await kubectl(server(), ['apply', '-f', '-'],
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: team-b}\n');
  expect(created.stderr).toBe('');
  const sa = await kubectl(server(), ['get', 'sa', '-n', 'team-b', '-o', 'jsonpath={.items[*].metadata.name}']);
  expect(sa.stdout).toBe('default');
  const watched =
    await (await fetch(`${server().url}/api/v1/configmaps?watch=1&resourceVersion=${rv}&timeoutSeconds=1`))
    .text();
  const events = watched.trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: { metadata: {
    namespace: string; name: string; resourceVersion: string } } });
  expect(events.map((e) => [e.type, e.object.metadata.namespace, e.object.metadata.name]))
    .toEqual([['ADDED', 'team-b', 'kube-root-ca.crt']]);
  expect(Number(events[0].object.metadata.resourceVersion)).toBeGreaterThan(rv);
});
