import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { useServer, webScenario } from '../../test-support/serve.js';

const SCENARIO = webScenario({ name: 'watches', seed: 7, nodes: 2, replicas: 2 });

interface Stream { text: () => string; lines: () => { type: string; object: Record<string, unknown> }[];
  stop: () => void }

/** A raw watch: every byte the server sends, kept as text. */
function openWatch(url: string, accept = 'application/json'): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let text = '';
    const req = request(url, { headers: { Accept: accept } }, (res) => {
      res.on('data', (c: Buffer) => { text += c.toString(); });
      resolve({ text: () => text, stop: () => req.destroy(),
        lines: () => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as never) });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

describe('watches share encoded changes', () => {
  const server = useServer(SCENARIO, { at: 20_000 });

  test('watchers of the same query get the same bytes; a later watcher from its resourceVersion no duplicates',
    async () => {
      const rv = server().session.cluster.resourceVersion;
      const url = `${server().url}/api/v1/namespaces/default/pods?watch=1&resourceVersion=${rv}`;
      const a = await openWatch(url), b = await openWatch(url);
      const scaled = await fetch(`${server().url}/apis/apps/v1/namespaces/default/deployments/web/scale`, {
        method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json' },
        body: JSON.stringify({ spec: { replicas: 4 } }) });
      expect(scaled.status).toBe(200);
      server().session.pacer.step(2_000);
      // A third watcher joins from a resourceVersion in the middle of what a and b saw.
      await until(() => a.lines().length >= 2);
      const mid = Number((a.lines()[0].object.metadata as { resourceVersion: string }).resourceVersion);
      const c = await openWatch(`${server().url}/api/v1/namespaces/default/pods?watch=1&resourceVersion=${mid}`);
      server().session.pacer.step(10_000);
      await until(() => a.lines().some((l) => l.type === 'MODIFIED'
        && (l.object.status as { phase: string }).phase === 'Running'));
      await until(() => b.text() === a.text() && c.text() !== '');
      await new Promise((r) => setTimeout(r, 50));
      const after = a.lines().filter((l) => Number((l.object.metadata as { resourceVersion: string })
        .resourceVersion) > mid);
      expect(c.lines()).toEqual(after);
      const rvs = c.lines().map((l) => `${(l.object.metadata as { name: string }).name}@${
        (l.object.metadata as { resourceVersion: string }).resourceVersion}`);
      expect(new Set(rvs).size).toBe(rvs.length);
      expect(a.lines().filter((l) => l.type === 'ADDED')).toHaveLength(2);
      for (const w of [a, b, c]) w.stop();
    });

  test('a Table watch sends the column definitions in its first event only', async () => {
    const table = 'application/json;as=Table;v=v1;g=meta.k8s.io';
    const w = await openWatch(`${server().url}/api/v1/namespaces/default/pods?watch=1&resourceVersion=${
      server().session.cluster.resourceVersion}`, table);
    await fetch(`${server().url}/apis/apps/v1/namespaces/default/deployments/web/scale`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { replicas: 5 } }) });
    server().session.pacer.step(5_000);
    await until(() => w.lines().length >= 3);
    const [first, ...rest] = w.lines();
    expect((first.object.columnDefinitions as { name: string }[]).map((c) => c.name).slice(0, 3))
      .toEqual(['Name', 'Ready', 'Status']);
    for (const l of rest) expect(l.object.columnDefinitions).toEqual([]);
    expect((first.object.rows as { cells: string[] }[])[0].cells[0]).toMatch(/^web-/);
    w.stop();
  });
});
