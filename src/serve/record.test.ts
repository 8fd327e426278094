import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { nodeFs } from '../cli/io.js';
import { runScenario } from '../engine/run.js';
import { loadScenario } from '../scenario/load.js';
import { serveScenario } from '../../test-support/serve.js';
import { sessionScenario } from './record.js';

const SCENARIO = `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: recorded}
seed: 11
until: 10m
nodes: [{namePrefix: node-, count: 2, capacity: {cpu: "4", memory: 8Gi}}]
manifests: [{file: web.yaml}]
timeline:
  - {at: 20s, scale: {kind: Deployment, name: web, replicas: 3}}
`;
const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: app, image: "nginx:1.25"}]}
`;

describe('kubesim serve --record', () => {
  test('the recorded session replays byte for byte with kubesim run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubesim-record-'));
    writeFileSync(join(dir, 'scenario.yaml'), SCENARIO);
    writeFileSync(join(dir, 'web.yaml'), WEB);
    const file = join(dir, 'scenario.yaml'), record = join(dir, 'out', 'session.yaml');
    const s = await serveScenario(loadScenario(file, nodeFs).scenario, { keepLog: true, sourceFile: record });
    const call = async (method: string, path: string, body: unknown, type = 'application/json'): Promise<number> =>
      (await fetch(`${s.url}${path}`, { method, body: JSON.stringify(body),
        headers: { 'Content-Type': type } })).status;
    let lines: string[] | undefined;
    try {
      const pacer = s.session.pacer;
      pacer.step(10_000);
      expect(await call('POST', '/api/v1/namespaces/default/configmaps',
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1' } })).toBe(201);
      expect(await call('PATCH', '/apis/apps/v1/namespaces/default/deployments/web',
        { spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.26' }] } } } },
        'application/strategic-merge-patch+json')).toBe(200);
      pacer.step(15_000);
      expect(await call('PATCH', '/apis/apps/v1/namespaces/default/deployments/web/scale', { spec: { replicas: 4 } },
        'application/merge-patch+json')).toBe(200);
      expect(await call('PATCH', '/api/v1/nodes/node-0', { spec: { unschedulable: true } },
        'application/strategic-merge-patch+json')).toBe(200);
      pacer.step(30_000);
      const pods = (await (await fetch(`${s.url}/api/v1/namespaces/default/pods`)).json()) as {
        items: { metadata: { name: string } }[] };
      expect(await call('POST', `/api/v1/namespaces/default/pods/${pods.items[0].metadata.name}/eviction`,
        { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pods.items[0].metadata.name } })).toBe(201);
      pacer.step(5_000);
      expect(await call('DELETE', '/api/v1/namespaces/default/configmaps/cfg', {})).toBe(200);
      pacer.step(40_000);
    } finally {
      await s.close();
      lines = s.session.stop();
    }
    expect(s.session.cluster.writes.map((w) => w.action.kind)).toEqual(
      ['apply', 'apply', 'scale', 'cordon', 'evict', 'delete']);
    const doc = parse(SCENARIO) as Record<string, unknown>;
    const yaml = sessionScenario(doc, s.session.cluster.writes, s.session.cluster.now, (f) => join('..', f));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'out'));
    writeFileSync(record, yaml);
    let replayed = '';
    runScenario(loadScenario(record, nodeFs).scenario, { writeLog: (l) => { replayed += l; } });
    const served = lines!.join('');
    expect(served.split('\n').length).toBeGreaterThan(100);
    expect(replayed).toBe(served);
    expect(readFileSync(record, 'utf8')).toMatch(/evict:/);
  });
});
