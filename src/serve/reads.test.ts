import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scenarioFrom } from '../../test-support/scenario.js';
import { serveScenario, type TestServer } from '../../test-support/serve.js';

const cm = (ns: string, name: string): string =>
  `  - {apiVersion: v1, kind: ConfigMap, metadata: {name: ${name}, namespace: ${ns}, labels: {k: "${name}"}}}\n`;
const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: lists}
nodes: [{name: node-a, capacity: {cpu: "2", memory: 4Gi}}]
manifests:
  - {apiVersion: v1, kind: Namespace, metadata: {name: a}}
  - {apiVersion: v1, kind: Namespace, metadata: {name: a0}}
  - {apiVersion: v1, kind: Namespace, metadata: {name: b}}
${cm('b', 'x')}${cm('a', 'c3')}${cm('a0', 'c1')}${cm('a', 'c1')}${cm('a', 'c2')}`;

type List = { metadata: { continue?: string; remainingItemCount?: number };
  items: { metadata: { namespace: string; name: string } }[] };

describe('lists', () => {
  let s: TestServer;
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 1000 }); });
  afterAll(async () => { await s.close(); });
  const get = async (path: string): Promise<List> => await (await fetch(`${s.url}${path}`)).json() as List;
  const names = (l: List): string[] => l.items.map((i) => `${i.metadata.namespace}/${i.metadata.name}`);

  test('sorted by namespace/name; a namespace is its own range (not a prefix of another namespace)', async () => {
    // Every namespace also holds kube-root-ca.crt (api/namespaceBootstrap.ts).
    const rootCA = (ns: string): string => `${ns}/kube-root-ca.crt`;
    expect(names(await get('/api/v1/configmaps'))).toEqual(['a/c1', 'a/c2', 'a/c3', rootCA('a'), 'a0/c1', rootCA('a0'),
      rootCA('b'), 'b/x', ...['default', 'kube-node-lease', 'kube-public', 'kube-system'].map(rootCA)]);
    expect(names(await get('/api/v1/namespaces/a/configmaps'))).toEqual(['a/c1', 'a/c2', 'a/c3', rootCA('a')]);
    expect(names(await get('/api/v1/namespaces/zz/configmaps'))).toEqual([]);
    expect(names(await get('/api/v1/configmaps?labelSelector=k%3Dc1'))).toEqual(['a/c1', 'a0/c1']);
  });

  test('limit and continue page through a namespace', async () => {
    const first = await get('/api/v1/namespaces/a/configmaps?limit=2');
    expect(names(first)).toEqual(['a/c1', 'a/c2']);
    expect(first.metadata.remainingItemCount).toBe(2);
    const rest = await get(`/api/v1/namespaces/a/configmaps?limit=2&continue=${first.metadata.continue}`);
    expect(names(rest)).toEqual(['a/c3', 'a/kube-root-ca.crt']);
    expect(rest.metadata.continue).toBeUndefined();
  });

  test('a list after a write shows it', async () => {
    const created = await fetch(`${s.url}/api/v1/namespaces/a/configmaps`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ metadata: { name: 'c0' } }) });
    expect(created.status).toBe(201);
    expect(names(await get('/api/v1/namespaces/a/configmaps'))).toEqual(['a/c0', 'a/c1', 'a/c2', 'a/c3',
      'a/kube-root-ca.crt']);
  });
});
