import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyDefaults } from '../src/api/defaults/index.js';
import { defaultPodSpec } from '../src/api/defaults.js';
import type { KubeObject, PodSpec } from '../src/api/types.js';
import { validateObject } from '../src/api/validation/index.js';
import { make, type ManifestName } from '../test-support/manifests.js';
import { runs } from './support/runs.js';

/** Optional fields that defaulting fills, per kind: any subset may be given by the user. */
const OPTIONAL: Partial<Record<ManifestName, Record<string, unknown[]>>> = {
  Deployment: { 'spec.replicas': [0, 3], 'spec.strategy': [{ type: 'Recreate' }, { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } }, { type: 'RollingUpdate', rollingUpdate: { maxSurge: '50%' } }], 'spec.revisionHistoryLimit': [0, 5], 'spec.progressDeadlineSeconds': [60] },
  StatefulSet: { 'spec.podManagementPolicy': ['Parallel'], 'spec.updateStrategy': [{ type: 'OnDelete' }, { rollingUpdate: { partition: 2 } }], 'spec.replicas': [1] },
  DaemonSet: { 'spec.updateStrategy': [{ type: 'OnDelete' }, { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }, { rollingUpdate: { maxUnavailable: '10%' } }] },
  Job: { 'spec.completions': [1, 5], 'spec.parallelism': [2], 'spec.backoffLimit': [0], 'spec.completionMode': ['Indexed', 'NonIndexed'] },
  CronJob: { 'spec.concurrencyPolicy': ['Forbid', 'Replace'], 'spec.suspend': [true], 'spec.successfulJobsHistoryLimit': [0] },
  HPAv2: { 'spec.minReplicas': [2], 'spec.metrics': [[{ type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } }]], 'spec.behavior': [{ scaleUp: { stabilizationWindowSeconds: 30 } }, { scaleDown: { selectPolicy: 'Min', policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } }] },
  ReplicationController: { 'spec.replicas': [0], 'spec.selector': [{ app: 'rc' }] },
  ReplicaSet: { 'spec.replicas': [5] },
  PriorityClass: { value: [0, 1000000000], preemptionPolicy: ['Never'] },
};

const manifest = fc.constantFrom(...(Object.keys(OPTIONAL) as ManifestName[])).chain((name) => {
  const fields = Object.entries(OPTIONAL[name]!);
  return fc.tuple(...fields.map(([path, values]) => fc.option(fc.constantFrom(...values), { nil: undefined }).map((v) => [path, v] as const)))
    .map((changes) => make(name, Object.fromEntries(changes.filter(([, v]) => v !== undefined))));
});

describe('defaulting', () => {
  test('is idempotent, never mutates its input, and keeps a valid manifest valid', () => {
    fc.assert(fc.property(manifest, (o) => {
      fc.pre(validateObject(o).errors.length === 0); // the generator may pair fields Kubernetes refuses together
      const before = JSON.stringify(o);
      const once = applyDefaults(o as unknown as KubeObject);
      expect(JSON.stringify(o)).toBe(before);
      expect(applyDefaults(once)).toEqual(once);
      expect(validateObject(once).errors).toEqual([]);
    }), { numRuns: runs(300) });
  });

  test('pod defaults are idempotent', () => {
    fc.assert(fc.property(manifest, (o) => {
      const d = applyDefaults(o as unknown as KubeObject);
      const t = (d.spec as undefined | { template?: { spec?: PodSpec }; jobTemplate?: { spec: { template: { spec: PodSpec } } } });
      const spec = t?.template?.spec ?? t?.jobTemplate?.spec.template.spec;
      if (spec) expect(defaultPodSpec(spec)).toEqual(spec);
    }), { numRuns: runs(100) });
  });
});
