import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scenarioFrom } from '../../test-support/scenario.js';
import { serveScenario, type TestServer } from '../../test-support/serve.js';
import { MAX_BODY_BYTES } from './body.js';

const SCENARIO = `
apiVersion: kubesim/v1
kind: Scenario
metadata: {name: errors}
nodes: [{name: node-a, capacity: {cpu: "2", memory: 4Gi}}]
manifests:
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: settings}, data: {a: "1"}}
`;

type Status = { kind: string; status: string; code: number; reason: string; message: string;
  details?: { causes?: { field?: string; message: string }[] } };

describe('bad requests are answered with Kubernetes Status objects', () => {
  let s: TestServer;
  const TOKEN = 'sekret';
  beforeAll(async () => { s = await serveScenario(scenarioFrom(SCENARIO), { at: 1000, token: TOKEN }); });
  afterAll(async () => { await s.close(); });

  const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}, token: string
    | null = TOKEN): Promise<{ code: number; json: Status }> => {
    const res = await fetch(`${s.url}${path}`, {
      method, ...(body !== undefined ? { body } : {}),
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers },
    });
    return { code: res.status, json: await res.json() as Status };
  };
  const CM = '/api/v1/namespaces/default/configmaps';

  test('a missing or wrong token: 401', async () => {
    for (const t of [null, 'wrong']) {
      const r = await call('GET', '/api/v1/pods', undefined, {}, t);
      expect(r.code).toBe(401);
      expect(r.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Unauthorized', code: 401 });
    }
  });

  test('malformed JSON: 400 BadRequest naming the body', async () => {
    const r = await call('POST', CM, '{"apiVersion": "v1", "kind": ');
    expect(r.code).toBe(400);
    expect(r.json.reason).toBe('BadRequest');
    expect(r.json.details?.causes?.[0].field).toBe('body');
  });

  test('admission: a missing namespace is 404 NotFound, a quota refusal 403 with the plugin\'s words', async () => {
    const missing = await call('POST', '/api/v1/namespaces/shop/configmaps',
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'shop' } }));
    expect(missing.code).toBe(404);
    expect(missing.json.message).toBe('namespaces "shop" not found');
    const quota = await call('POST', '/api/v1/namespaces/default/resourcequotas', JSON.stringify({ apiVersion: 'v1',
      kind: 'ResourceQuota', metadata: { name: 'few' }, spec: { hard: { 'count/configmaps': '1' } } }));
    expect(quota.code).toBe(201);
    const over = await call('POST', CM, JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'second' } }));
    expect(over.code).toBe(403);
    // Used: the scenario's ConfigMap and kube-root-ca.crt, which every namespace holds.
    expect(over.json.message).toBe('configmaps "second" is forbidden: exceeded quota: few, requested: '
      + 'count/configmaps=1, used: count/configmaps=2, limited: count/configmaps=1');
  });

  test('an unknown kind or path: 404 NotFound', async () => {
    expect((await call('GET', '/api/v1/namespaces/default/widgets')).code).toBe(404);
    expect((await call('GET', '/apis/example.com/v1/things')).json.reason).toBe('NotFound');
    expect((await call('GET', `${CM}/nosuch`)).json.message).toBe('configmaps "nosuch" not found');
  });

  test('an invalid object: 422 Invalid with each field path; an unknown field: 400 strict decoding error', async () => {
    const bad = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { replicas: -1, selector: { matchLabels: { a: 'b' } },
      template: { metadata: { labels: { a: 'c' } }, spec: { containers: [{ name: 'x', image: 'y' }] } } } };
    const r = await call('POST', '/apis/apps/v1/namespaces/default/deployments', JSON.stringify(bad));
    expect(r.code).toBe(422);
    expect(r.json.reason).toBe('Invalid');
    expect(r.json.details?.causes?.map((c) => c.field)).toEqual(['spec.replicas', 'spec.template.metadata.labels']);
    const unknown = await call('POST', CM, JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'x' }, datum: {} }));
    expect(unknown.code).toBe(400);
    expect(unknown.json.message).toMatch(/strict decoding error: unknown field "datum"/);
    expect(unknown.json.details?.causes?.[0].field).toBe('datum');
  });

  test('a stale resourceVersion: 409 Conflict; the current one is accepted', async () => {
    const cm = (await call('GET', `${CM}/settings`)).json as unknown as { metadata: { resourceVersion: string };
      data: Record<string, string> };
    const stale = { ...cm, metadata: { ...cm.metadata, resourceVersion: String(
      Number(cm.metadata.resourceVersion) - 1) }, data: { a: '2' } };
    const r = await call('PUT', `${CM}/settings`, JSON.stringify(stale));
    expect(r.code).toBe(409);
    expect(r.json.reason).toBe('Conflict');
    expect(r.json.message).toMatch(/the object has been modified/);
    const ok = await call('PUT', `${CM}/settings`, JSON.stringify({ ...cm, data: { a: '2' } }));
    expect(ok.code).toBe(200);
    expect((ok.json as unknown as { data: Record<string, string> }).data).toEqual({ a: '2' });
  });

  test('an oversized body: 413; an existing name: 409 AlreadyExists; a read-only resource: 405', async () => {
    const big = await call('POST', CM, JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' },
      data: { x: 'a'.repeat(MAX_BODY_BYTES) } }));
    expect(big.code).toBe(413);
    expect(big.json.reason).toBe('RequestEntityTooLarge');
    const dup = await call('POST', CM, JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'settings' } }));
    expect(dup.code).toBe(409);
    expect(dup.json.reason).toBe('AlreadyExists');
    const ev = await call('POST', '/api/v1/namespaces/default/events',
      JSON.stringify({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e' } }));
    expect(ev.code).toBe(405);
  });

  test('bad selectors and continue tokens: 400 naming the parameter', async () => {
    const r = await call('GET', '/api/v1/pods?fieldSelector=spec.color%3Dred');
    expect(r.code).toBe(400);
    expect(r.json.message).toBe('field label not supported: spec.color');
    expect((await call('GET', '/api/v1/pods?continue=%%%')).json.details?.causes?.[0].field).toBe('continue');
  });
});
