import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_COMPONENTS } from '../engine/components.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { printers } from './printers.js';
import { liveSession } from './session.js';
import { apiJson, apiView } from './view.js';
import { toApi } from '../output/toApi.js';

/**
 * apiJson writes an object's JSON in one pass (toApi's time rendering as JSON.stringify's replacer):
 * every version of every object a rollout, its undo and pod restarts write is served as exactly the
 * text of the whole rendered view.
 */
test('apiJson is JSON.stringify(apiView) for every version of every object of a served run', () => {
  const read = (f: string) => readFileSync(new URL(`../../examples/nginx-deployment/${f}`, import.meta.url), 'utf8');
  const scenario = scenarioFrom(read('scenario.yaml'), { 'deployment.yaml': read('deployment.yaml') });
  const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: false, sourceFile: 't' },
    { speed: 1, paused: true, wallNow: () => 0, printerFor: printers });
  const changes = [];
  for (let t = 30_000; t <= 12 * 60_000; t += 30_000) {
    const from = session.cluster.resourceVersion;
    session.pacer.runUntil(t);
    changes.push(...(session.cluster.since(from) ?? []));
  }
  const stores = new Set(changes.map((c) => c.store));
  expect([...stores]).toEqual(expect.arrayContaining(['pods', 'deployments', 'replicasets', 'events']));
  const start = session.ctx.startTime;
  for (const c of changes) {
    expect(apiJson(c.object, c.rv, start)).toBe(JSON.stringify(apiView(c.object, c.rv, start)));
  }
  expect(changes.filter((c) => c.store === 'pods' && c.type === 'MODIFIED').length).toBeGreaterThan(10);
  session.stop();
});

/**
 * A Deployment written without strategy, revisionHistoryLimit or progressDeadlineSeconds is served, and shown by
 * `run --output json`, with the API server's defaults (apps/v1 SetDefaults_Deployment) and its template's pod
 * defaults, the same object both ways (less the served resourceVersion).
 */
test('served objects and --output json carry the API server\'s defaults, the same in both', () => {
  const read = (f: string) => readFileSync(new URL(`../../examples/nginx-deployment/${f}`, import.meta.url), 'utf8');
  const scenario = scenarioFrom(read('scenario.yaml'), { 'deployment.yaml': read('deployment.yaml') });
  const session = liveSession(scenario, { components: DEFAULT_COMPONENTS, keepLog: false, sourceFile: 't' },
    { speed: 1, paused: true, wallNow: () => 0, printerFor: printers, at: 60_000 });
  const stored = session.cluster.get('deployments', 'default/nginx-deployment')!;
  expect((stored.spec as Record<string, unknown>).strategy).toBeUndefined();
  const rv = session.cluster.rvOf('deployments', 'default/nginx-deployment');
  const served = JSON.parse(apiJson(stored, rv, session.ctx.startTime)) as { spec: Record<string, unknown>;
    metadata: Record<string, unknown> };
  expect(served.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%',
    maxSurge: '25%' } });
  expect([served.spec.revisionHistoryLimit, served.spec.progressDeadlineSeconds]).toEqual([10, 600]);
  expect((served.spec.template as { spec: Record<string, unknown> }).spec.dnsPolicy).toBe('ClusterFirst');
  const listed = toApi(session.cluster.state).deployments as Record<string, unknown>[];
  delete served.metadata.resourceVersion;
  expect(listed[0]).toEqual(served);
  session.stop();
});

/**
 * The one-pass rendering's edges: a stored resourceVersion keeps its place in metadata, undefined
 * fields are left out, arrays keep undefined entries as null and their numbers as numbers, nested time
 * fields are rendered, the same object is served at each calendar start and resourceVersion asked.
 */
test('apiJson equals JSON.stringify(apiView) at the rendering\'s edges', () => {
  const meta = { name: 'a', namespace: 'ns', creationTimestamp: 1_000, labels: { x: 'y' } };
  const status = { conditions: [{ type: 'Ready', lastTransitionTime: 61_500 }, { type: 'X', reason: undefined }],
    list: [1, undefined, null, 'z', [2, { startedAt: 5 }]], nested: { a: { b: { finishedAt: 3_000 } } } };
  const objects = [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, data: { k: 'v' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, status },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { ...meta, resourceVersion: '7', uid: 'u' }, status },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, spec: undefined, status: {} },
  ];
  for (const [i, o] of objects.entries()) {
    for (const start of [0, Date.UTC(2026, 0, 1)]) {
      const json = apiJson(o as never, 10 + i, start);
      expect(json).toBe(JSON.stringify(apiView(o as never, 10 + i, start)));
      expect(JSON.parse(json).metadata.resourceVersion).toBe(String(10 + i));
    }
  }
});
