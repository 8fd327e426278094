import { encode } from '@msgpack/msgpack';
import { describe, expect, test } from 'vitest';
import { runScenario } from '../../engine/run.js';
import { formatProblem, ScenarioError } from '../../api/problems.js';
import { loadScenario, type FileReader } from '../../scenario/load.js';
import { withTraces } from '../load.js';
import { getObject } from '../../reducers/state.js';

/** A msgpack map written pair by pair, so a key may be a 2-tuple as rmp_serde writes pod_lifecycles. */
function msgpackMap(pairs: readonly (readonly [unknown, unknown])[]): Uint8Array {
  const parts = [Uint8Array.of(0x80 + pairs.length), ...pairs.flatMap(([k, v]) =>
    [encode(k), v instanceof Uint8Array ? v : encode(v)])];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

const deployment = (replicas: number) => ({
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', uid: '5c1b', resourceVersion: '12', managedFields: [] },
  spec: { replicas, selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: {
      containers: [{ name: 'nginx', image: 'nginx:1.27', resources: { requests: { cpu: '100m' } } }] } } },
});

/** A SimKube v2 trace as sk-tracer exports it (docs/ref/trace-files.md), made with the msgpack library. */
function simkubeTrace(events: unknown[], version = 2): Uint8Array {
  return msgpackMap([
    ['version', version],
    ['config', { trackedObjects: { 'apps/v1.Deployment': { podSpecTemplatePaths: ['/spec/template'] } } }],
    ['events', events],
    ['index', { 'apps/v1.Deployment': { 'default/web': 1234 } }],
    ['pod_lifecycles', msgpackMap([[['apps/v1.Deployment', 'default/web'],
      msgpackMap([[77, [{ start_ts: 1700000010, end_ts: 1700000100 }]]])]])],
  ]);
}

const scenarioText =
  'apiVersion: kubesim/v1\nkind: Scenario\nmetadata: {name: sk}\nnodes: [{namePrefix: node-, count: 2, capacity: ' +
    '{cpu: "4", memory: 8Gi}}]\ntrace: {format: simkube, files: [trace.sk]}\n';
const fsWith = (bytes: Uint8Array): FileReader => withTraces({
  read: (p) => { if (p === 's.yaml') return scenarioText; throw new Error('ENOENT'); },
  resolve: (_f, rel) => rel,
  bytes: (p) => { if (p === 'trace.sk') return bytes; throw new Error('ENOENT: no such file'); },
});

describe('SimKube traces', () => {
  test('objects are applied and deleted at their times, counted from the first event', () => {
    const bytes = simkubeTrace([
      { ts: 1700000000, applied_objs: [deployment(2)], deleted_objs: [] },
      { ts: 1700000060, applied_objs: [deployment(3)], deleted_objs: [] },
      { ts: 1700000300, applied_objs: [], deleted_objs: [deployment(3)] },
    ]);
    const { scenario, warnings } = loadScenario('s.yaml', fsWith(bytes));
    expect(warnings.map(formatProblem)).toEqual(
      ['trace.sk: pod_lifecycles: the recorded pod run times of 1 owners are not replayed: pods run as behaviours say '
        +
        '(give exitAfter rules)']);
    expect(scenario.trace?.end).toBe(300_000);
    expect(scenario.until).toBe(360_000);
    const seen: string[] = [];
    const replicasAt: Record<number, unknown> = {};
    runScenario(scenario, { attach: (sim) => sim.events$.subscribe(({ event: e }) => {
      if (e.type === 'ObjectApplied' && e.resource === 'deployments') replicasAt[e.at] =
        (e.object.spec as { replicas: number }).replicas;
      if (e.type === 'ObjectDeleted' && e.resource === 'deployments') seen.push(`${e.at / 1000}s deleted ${e.key}`);
    }), until: 400_000 });
    expect(replicasAt[0]).toBe(2);
    expect(replicasAt[60_000]).toBe(3);
    expect(seen).toEqual(['300s deleted default/web']);
  });

  test('the deployment is running its replicas between the events', () => {
    const bytes = simkubeTrace([{ ts: 5, applied_objs: [deployment(3)], deleted_objs: [] },
      { ts: 65, applied_objs: [], deleted_objs: [] }]);
    const { scenario } = loadScenario('s.yaml', fsWith(bytes));
    const r = runScenario(scenario);
    expect((getObject(r.state, 'deployments', 'default/web')?.status as { readyReplicas?: number }).readyReplicas).toBe(
      3);
  });

  test.each([
    { name: 'another format version', bytes: () => simkubeTrace([], 1),
      want: ['trace.sk: version: unsupported trace version 1 (kubesim reads SimKube trace format 2)'] },
    { name: 'an empty file', bytes: () => new Uint8Array(0), want: ['trace.sk: empty file: not a SimKube trace'] },
    { name: 'a cut file', bytes: () => simkubeTrace([]).slice(0, 20),
      want: ['trace.sk: not a msgpack SimKube trace: Insufficient data'] },
    { name: 'an event without a time', bytes: () => simkubeTrace([{ applied_objs: [] }]),
      want: ['trace.sk: events[0].ts: must be a whole number of seconds'] },
    {
      name: 'an invalid object, named by its place in the trace',
        bytes: () => simkubeTrace([{ ts: 1, applied_objs: [{ ...deployment(1),
          spec: { ...deployment(1).spec, replicas: -1 } }], deleted_objs: [] }]),
      want: ['trace.sk#events[0].applied_objs[0]: Deployment/web: spec.replicas: Invalid value: -1: must be greater ' +
        'than or equal to 0'],
    },
  ])('$name is reported', ({ bytes, want }) => {
    let err: unknown;
    try { loadScenario('s.yaml', fsWith(bytes())); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).problems.map(formatProblem)).toEqual(want);
  });
});
