import { describe, expect, test } from 'vitest';
import { loadManifestText } from '../../scenario/load.js';
import { withoutNullFields } from './nulls.js';

// The API server decodes a manifest's JSON into Go structs (sigs.k8s.io/json): a null field keeps its
// zero value, so `resources: null` is a container without resources, as if the key were absent.
describe('null fields read as absent', () => {
  test('kubernetes/website policy/gold-vac-pvc.yaml: `storageClassName: ,` is null, so the claim has no class', () => {
    const text = `---
{
  apiVersion: "v1",
  kind: "PersistentVolumeClaim",
  metadata: {
    name: "gold-vac-pvc",
  },
  spec: {
    accessModes: [
      "ReadWriteOnce",
    ],
    resources: {
      requests: {
        storage: "2Gi",
      },
    },
    storageClassName: ,
    volumeAttributesClassName: "gold",
  },
}
`;
    const r = loadManifestText(text, 'gold-vac-pvc.yaml');
    expect(r.problems).toEqual([]);
    expect(r.value[0].object.spec).toEqual({ accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '2Gi' } },
      volumeAttributesClassName: 'gold' });
  });
  test('null struct fields in a pod template (as templating tools write them) are accepted and dropped', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, annotations: null}
spec:
  replicas: null
  strategy: null
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers: null
      nodeSelector: null
      containers:
      - name: app
        image: nginx
        resources: null
        livenessProbe: null
        readinessProbe: {httpGet: {path: /, port: 80}, terminationGracePeriodSeconds: null}
`;
    const r = loadManifestText(text, 'web.yaml');
    expect(r.problems).toEqual([]);
    const spec = r.value[0].object.spec as Record<string, unknown>;
    expect(Object.keys(spec)).toEqual(['selector', 'template']);
    expect((spec.template as { spec: unknown }).spec).toEqual({ containers: [{ name: 'app', image: 'nginx',
      readinessProbe: { httpGet: { path: '/', port: 80 } } }] });
  });
  test('map and list entries keep their nulls (validation judges them); nothing null: the same object', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: null } };
    expect(withoutNullFields(cm)).toBe(cm);
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [null] } };
    expect(withoutNullFields(pod)).toBe(pod);
    const kept = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] } };
    expect(withoutNullFields(kept)).toBe(kept);
  });
});
