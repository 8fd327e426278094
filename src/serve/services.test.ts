import { expect, test } from 'vitest';
import { useServer, webScenario } from '../../test-support/serve.js';

const server = useServer(webScenario({ name: 'svc', seed: 5, nodes: 1, replicas: 1, manifests: `
  - apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec: {type: NodePort, selector: {app: web}, ports: [{port: 80}]}` }), { at: 10_000 });

/** kubectl get svc reads the served Table: its row shows what the stored object gets from the API server. */
test('a served Service row and object carry the defaults and allocations, the same in both', async () => {
  const url = `${server().url}/api/v1/namespaces/default/services`;
  const table = await (await fetch(url, { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } }))
    .json() as { rows: { cells: unknown[] }[] };
  const list = await (await fetch(url)).json() as { items: { metadata: { name: string }; spec: { clusterIP: string;
    ports: { nodePort: number; protocol: string }[] } }[] };
  // The API server's own `kubernetes` Service first (default/kubernetes sorts before default/web).
  expect(list.items.map((i) => i.metadata.name)).toEqual(['kubernetes', 'web']);
  expect(table.rows[0].cells.slice(0, 5)).toEqual(['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP']);
  const spec = list.items[1].spec;
  expect(spec.ports[0].protocol).toBe('TCP');
  expect(table.rows[1].cells.slice(0, 5)).toEqual(['web', 'NodePort', spec.clusterIP, '<none>',
    `80:${spec.ports[0].nodePort}/TCP`]);
  expect(spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
});
