import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_COMPONENTS } from '../engine/components.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import { printers } from './printers.js';
import { liveSession } from './session.js';
import { apiJson, apiView } from './view.js';
import { toApi } from '../output/toApi.js';

/**
 * apiJson assembles an object's JSON from parts rendered once per part (a pod's spec is the same
 * object across its status changes): every version of every object a rollout, its undo and pod
 * restarts write is served as exactly the text of the whole rendered view.
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
  let sharedSpecs = 0;
  const specs = new Set<unknown>();
  for (const c of changes) {
    const spec = (c.object as { spec?: unknown }).spec;
    if (spec && specs.has(spec)) sharedSpecs++;
    specs.add(spec);
    expect(apiJson(c.object, c.rv, start)).toBe(JSON.stringify(apiView(c.object, c.rv, start)));
  }
  // The case the part cache is for: later versions of an object that kept its spec.
  expect(sharedSpecs).toBeGreaterThan(10);
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
