import { validateObject } from '../src/api/validation/index.js';
import { loadManifestText } from '../src/scenario/load.js';
import { parseYamlDocuments } from '../src/scenario/yaml.js';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeRuns, type Bench, type BenchResult } from './harness.js';

/** A manifest file of `n` documents cycling through Deployment, StatefulSet, CronJob, ConfigMap and Pod, as YAML text. */
export function manifestText(n: number, prefix = 'app'): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${prefix}-${i}`;
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
      loadManifestText(text, 'bench.yaml'); // compiled before the CPU clock starts
      const cpu0 = process.cpuUsage();
      const ms = median(timeRuns(() => {
        const r = loadManifestText(text, 'bench.yaml');
        if (r.problems.length) throw new Error(`benchmark manifests are invalid: ${r.problems[0].message}`);
        loaded = r.value.length;
      }, runs));
      // CPU time too (all threads, GC's included): on a shared machine wall time counts other processes' turns.
      const cpu = process.cpuUsage(cpu0), cpuMs = (cpu.user + cpu.system) / 1000 / (runs + 1);
      const vops = Math.round(docs.length / (vms / 1000)), ops = Math.round(loaded / (ms / 1000));
      const cpuOps = Math.round(loaded / (cpuMs / 1000));
      return {
        lines: [
          { bench: 'validation.validateObject', n, runs: 7, medianMs: +vms.toFixed(1), objectsPerSec: vops },
          { bench: 'validation.load', n, bytes: text.length, runs, medianMs: +ms.toFixed(1), objectsPerSec: ops,
            cpuMs: +cpuMs.toFixed(1), cpuObjectsPerSec: cpuOps },
        ],
        metrics: { 'validation.objects_per_s': vops, 'validation.load_objects_per_s': ops,
          'validation.load_cpu_objects_per_s': cpuOps },
      };
    },
  },
  {
    // Issue #16: a 50 MB multi-document manifest set given to `kubesim validate DIR` in a child
    // process (its own peak RSS): files of about 0.5 MB each, under the 16 MiB per-file limit, and
    // refused at once by the 16 MiB limit on all the manifests of one command (validating it took
    // 239 s at 263 MB before that limit). The same 50 MB as one file: validate.50mb_file.*.
    name: 'validate.50mb',
    group: 'validation',
    run(): BenchResult {
      const dir = mkdtempSync(join(tmpdir(), 'kubesim-50mb-'));
      try {
        mkdirSync(join(dir, 'set'));
        let bytes = 0, files = 0;
        for (; bytes < 50 * 1024 * 1024; files++) {
          const text = manifestText(2_000, `f${files}`);
          writeFileSync(join(dir, 'set', `part-${String(files).padStart(3, '0')}.yaml`), text);
          bytes += Buffer.byteLength(text);
        }
        writeFileSync(join(dir, 'one.yaml'), Array.from({ length: files }, (_, i) => manifestText(2_000, `g${i}`)).join('---\n'));
        const child = (target: string) => {
          const c = spawnSync(process.execPath, [fileURLToPath(new URL('./validateChild.js', import.meta.url)), target], { encoding: 'utf8', maxBuffer: 1 << 24 });
          if (c.status !== 0) throw new Error(`validate child failed (${c.status}): ${c.stderr}`);
          return JSON.parse(c.stdout.trim().split('\n').pop()!) as { seconds: number; peakRssMb: number; code: number; summary: string };
        };
        const set = child(join(dir, 'set')), one = child(join(dir, 'one.yaml'));
        if (set.code !== 2) throw new Error(`the 50 MB set was not refused by the total input limit: ${set.summary}`);
        if (one.code !== 2) throw new Error(`the 50 MB file was not refused by the file limit: ${one.summary}`);
        return {
          lines: [
            { bench: 'validate.50mb', files, bytes, seconds: set.seconds, peakRssMb: set.peakRssMb, exit: set.code, summary: set.summary },
            { bench: 'validate.50mb_file', bytes, seconds: one.seconds, peakRssMb: one.peakRssMb, exit: one.code, summary: one.summary },
          ],
          metrics: {
            'validate.50mb.seconds': set.seconds, 'validate.50mb.peak_rss_mb': set.peakRssMb,
            'validate.50mb_file.seconds': one.seconds, 'validate.50mb_file.peak_rss_mb': one.peakRssMb,
          },
        };
      } finally { rmSync(dir, { recursive: true, force: true }); }
    },
  },
];
