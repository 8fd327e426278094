import { validateObject } from '../src/api/validation/index.js';
import { loadManifestText } from '../src/scenario/load.js';
import { parseYamlDocuments } from '../src/scenario/yaml.js';
import { median, timeRuns, type Bench } from './harness.js';

/** A manifest file of `n` documents cycling through Deployment, StatefulSet, CronJob, ConfigMap and Pod, as YAML text. */
function manifestText(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `app-${i}`;
    switch (i % 5) {
      case 0: docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, labels: {app: ${name}}}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80}]\n          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: "1", memory: 256Mi}}\n          readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}\n`); break;
      case 1: docs.push(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: ${name}}\nspec:\n  serviceName: ${name}\n  replicas: 3\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /data}]}]}\n  volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]\n`); break;
      case 2: docs.push(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${name}}\nspec:\n  schedule: "*/5 * * * *"\n  timeZone: Europe/Paris\n  jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: c, image: busybox}]}}}}\n`); break;
      case 3: docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {a.conf: "x", b.conf: "y"}\n`); break;
      default: docs.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec: {containers: [{name: app, image: busybox, env: [{name: A, value: "1"}]}]}\n`);
    }
  }
  return docs.join('---\n');
}

export const benches: Bench[] = [
  {
    name: 'validation.load',
    group: 'validation',
    run() {
      const n = 2_000, runs = 3;
      const text = manifestText(n);
      // Validation alone (strict fields + Kubernetes rules) on already parsed documents.
      const docs = parseYamlDocuments(text, 'bench.yaml').docs;
      const vms = median(timeRuns(() => { for (const d of docs) if (validateObject(d).errors.length) throw new Error('benchmark manifests are invalid'); }, 7));
      // The whole load: YAML parse (the `yaml` package dominates) + duplicate keys + validation.
      let loaded = 0;
      const ms = median(timeRuns(() => {
        const r = loadManifestText(text, 'bench.yaml');
        if (r.problems.length) throw new Error(`benchmark manifests are invalid: ${r.problems[0].message}`);
        loaded = r.value.length;
      }, runs));
      const vops = Math.round(docs.length / (vms / 1000)), ops = Math.round(loaded / (ms / 1000));
      return {
        lines: [
          { bench: 'validation.validateObject', n, runs: 7, medianMs: +vms.toFixed(1), objectsPerSec: vops },
          { bench: 'validation.load', n, bytes: text.length, runs, medianMs: +ms.toFixed(1), objectsPerSec: ops },
        ],
        metrics: { 'validation.objects_per_s': vops, 'validation.load_objects_per_s': ops },
      };
    },
  },
];
