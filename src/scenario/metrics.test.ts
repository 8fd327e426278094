import { describe, expect, test } from 'vitest';
import type { FieldProblem } from '../api/problems.js';
import { metricWarnings, parseLoads, parseMetrics } from './metrics.js';

const parse = <T>(f: (v: unknown, p: FieldProblem[]) => T, v: unknown): { value: T; problems: FieldProblem[] } => {
  const problems: FieldProblem[] = [];
  return { value: f(v, problems), problems };
};

describe('load: and metrics: (scenario/metrics.ts)', () => {
  test('a load is a Service and a cpu curve in millicores; the namespace defaults to default', () => {
    expect(parse(parseLoads, [{ service: 'web', cpu: { steps: [{ at: '1m', cpu: '620m' }, { at: '5m', cpu: 1 }] } }]))
      .toEqual({ problems: [], value: [{ service: 'web', namespace: 'default',
        cpu: [{ at: 60_000, value: 620 }, { at: 300_000, value: 1000 }] }] });
  });

  test('bad loads name the field', () => {
    expect(parse(parseLoads, [{ cpu: '50%', colour: 'red' }]).problems).toEqual([
      { path: 'load[0].colour', message: 'unknown field (known: service, namespace, cpu)' },
      { path: 'load[0].service', message: 'Required value' },
      { path: 'load[0].cpu', message: 'a percentage has no meaning here' },
    ]);
  });

  test('metric series: values in milli-units; each type\'s own fields', () => {
    expect(parse(parseMetrics, [
      { type: 'Pods', name: 'rps', pods: { labels: { app: 'web' } }, total: '1.5k' },
      { type: 'Object', name: 'hits', object: { kind: 'Ingress', name: 'main' }, value: 10 },
      { type: 'External', name: 'queue', labels: { q: 'jobs' }, value: { steps: [{ at: '30s', value: '250m' }] } },
    ])).toEqual({ problems: [], value: [
      { type: 'Pods', name: 'rps', labels: {}, podLabels: { app: 'web' }, total: [{ at: 0, value: 1_500_000 }] },
      { type: 'Object', name: 'hits', labels: {}, namespace: 'default', object: { kind: 'Ingress', name: 'main' },
        value: [{ at: 0, value: 10_000 }] },
      { type: 'External', name: 'queue', labels: { q: 'jobs' }, value: [{ at: 30_000, value: 250 }] },
    ] });
  });

  test('bad series are refused with their field path', () => {
    expect(parse(parseMetrics, [{ type: 'Resource', name: 'x', value: 1 },
      { type: 'External', name: 'q', total: 3 }, { type: 'Object', name: 'o', value: 1 },
      { type: 'Pods', name: 'p' }]).problems).toEqual([
      { path: 'metrics[0].type', message: 'Unsupported value: "Resource": supported values: "Pods", "Object", ' +
        '"External"' },
      { path: 'metrics[1].total', message: 'only a Pods metric is shared among pods (give value)' },
      { path: 'metrics[2].object.kind', message: 'Required value' },
      { path: 'metrics[2].object.name', message: 'Required value' },
      { path: 'metrics[3]', message: 'give exactly one of value (each pod\'s) or total (shared by the Ready pods)' },
    ]);
  });

  test('warnings: a load on a Service never created, a metric no series gives, ContainerResource', () => {
    const hpa = { kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v2', metadata: { name: 'web' },
      spec: { metrics: [{ type: 'External', external: { metric: { name: 'queue' } } },
        { type: 'Object', object: { metric: { name: 'hits' }, describedObject: { kind: 'Ingress', name: 'other' } } },
        { type: 'ContainerResource', containerResource: { name: 'cpu', container: 'app' } }] } };
    const w = metricWarnings([hpa], [{ service: 'web', namespace: 'default', cpu: [] }],
      [{ type: 'External', name: 'queue', labels: {}, value: [] },
        { type: 'Object', name: 'hits', labels: {}, object: { kind: 'Ingress', name: 'main' }, value: [] }]);
    expect(w.map((x) => x.path)).toEqual(['load[0].service', 'spec.metrics[1]', 'spec.metrics[2]']);
    expect(w[1].message).toBe('no "metrics:" entry gives the Object metric "hits" of Ingress/other: the HPA fails to ' +
      'get it (FailedGetObjectMetric), as with no metrics adapter');
  });
});
