import { describe, expect, test } from 'vitest';
import { objectApplied, stateOf } from '../../../test-support/workloads.js';
import { allocatedClusterIP, defaultService } from '../../api/defaults/index.js';
import type { KubeObject } from '../../api/types.js';
import { kubectlGet } from '../get/get.js';
import { asUid } from '../../api/ids.js';

const svc = (name: string, spec: Record<string, unknown>, status?: Record<string, unknown>) => objectApplied('services',
  { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default', uid: asUid(`uid-${name}`),
    creationTimestamp: 0 }, spec, ...(status ? { status } : {}) });
const facts = [
  svc('web', { selector: { tier: 'front', app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }),
  svc('np', { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 443, nodePort: 30443, protocol: 'TCP' }] }),
  svc('lb', { type: 'LoadBalancer', ports: [{ port: 80, nodePort: 31000 }] },
    { loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } }),
  svc('pending', { type: 'LoadBalancer', ports: [{ port: 80, nodePort: 31001, protocol: 'UDP' }] }),
  svc('headless', { clusterIP: 'None', selector: { app: 'db' } }),
  svc('ext', { type: 'ExternalName', externalName: 'db.example.com' }),
];
const state = { ...stateOf(facts), time: 90_000, startTime: Date.UTC(2026, 0, 1) };

describe('Services as the API server stores them and kubectl prints them', () => {
  test('printService: CLUSTER-IP the first clusterIP, EXTERNAL-IP per type, PORT(S) by makePortString, SELECTOR sorted',
    () => {
    const ip = (n: string) => allocatedClusterIP(`uid-${n}`);
    const rows = [
      ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR'],
      ['ext', 'ExternalName', '<none>', 'db.example.com', '<none>', '90s', '<none>'],
      ['headless', 'ClusterIP', 'None', '<none>', '<none>', '90s', 'app=db'],
      // The API server's own Service, there from the cluster's start (kubernetesservice controller).
      ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '90s', '<none>'],
      ['lb', 'LoadBalancer', ip('lb'), '203.0.113.7', '80:31000/TCP', '90s', '<none>'],
      ['np', 'NodePort', ip('np'), '<none>', '443:30443/TCP', '90s', 'app=web'],
      ['pending', 'LoadBalancer', ip('pending'), '<pending>', '80:31001/UDP', '90s', '<none>'],
      ['web', 'ClusterIP', ip('web'), '<none>', '80/TCP', '90s', 'app=web,tier=front'],
    ];
    // kubectl's tab writer: each column as wide as its widest cell plus 3.
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)) + 3);
    const text = rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join('')).join('\n');
    expect(kubectlGet(state, facts, { resource: 'svc', names: [], output: 'wide' }).stdout).toBe(`${text}\n`);
  });
  test('SetDefaults_Service and the registry\'s allocations', () => {
    const np = defaultService({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'np', uid: asUid('u1') },
      spec: { type: 'NodePort', ports: [{ port: 80 }] } } as unknown as KubeObject);
    const s = np.spec as Record<string, unknown>;
    const port = (s.ports as Record<string, unknown>[])[0];
    expect([port.protocol, port.targetPort, s.sessionAffinity, s.externalTrafficPolicy, s.internalTrafficPolicy,
      s.ipFamilyPolicy, s.ipFamilies]).toEqual(['TCP', 80, 'None', 'Cluster', 'Cluster', 'SingleStack', ['IPv4']]);
    // The dynamic bands: node ports 30086-32767 (KEP-3668), ClusterIPs from 10.96.1.1 up in 10.96.0.0/12 (KEP-3070).
    expect(port.nodePort).toBeGreaterThanOrEqual(30086);
    expect(port.nodePort).toBeLessThanOrEqual(32767);
    const [a, b, c] = String(s.clusterIP).split('.').map(Number);
    expect(a).toBe(10);
    expect(b).toBeGreaterThanOrEqual(96);
    expect(b).toBeLessThanOrEqual(111);
    expect(b > 96 || c >= 1).toBe(true);
    expect(s.clusterIPs).toEqual([s.clusterIP]);
    expect(np.status).toEqual({ loadBalancer: {} });
    const ext = defaultService({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'e', uid: asUid('u2') },
      spec: { type: 'ExternalName', externalName: 'x' } } as unknown as KubeObject);
    expect((ext.spec as Record<string, unknown>).clusterIP).toBeUndefined();
  });
});
