import { describe, expect, test } from 'vitest';
import { makeNode, runScheduling, schedulingScenario } from '../../test-support/scheduler.js';
import { podStatusColumn } from '../output/table.js';
import { tget } from '../reducers/table.js';
import { validateObject } from '../api/validation/index.js';
import { getObject } from '../reducers/state.js';
import { runRecorded, scenarioYaml } from '../../test-support/workloads.js';
import { scenarioFrom } from '../../test-support/scenario.js';
import type { Scenario } from '../scenario/types.js';

const pod = (name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
  spec: { ...spec, containers: [{ name: 'c', image: 'pause' }] },
});

describe('scheduling gates', () => {
  test('a gated pod is never tried: PodScheduled=False SchedulingGated, STATUS SchedulingGated; an ungated pod beside '
    +
    'it is scheduled', () => {
    const r = runScheduling(schedulingScenario([makeNode('a').obj()],
      [pod('gated', { schedulingGates: [{ name: 'example.com/quota' }] }), pod('free')]), {}, 60_000);
    const scheduled = r.events.flatMap((e) => (e.type === 'PodScheduled' ? [e.pod] : []));
    expect(scheduled).toEqual(['default/free']);
    expect(r.events.some((e) => e.type === 'FailedScheduling')).toBe(false);
    const gated = tget(r.state.pods, tget(r.state.podUids, 'default/gated')!)!;
    expect(gated.status.conditions.find((c) => c.type === 'PodScheduled')).toMatchObject(
      { status: 'False', reason: 'SchedulingGated',
        message: 'Scheduling is blocked due to non-empty scheduling gates' });
    expect(podStatusColumn(gated)).toBe('SchedulingGated');
  });

  test('validation: qualified names, no duplicates, no nodeName while gated; no unmodelled warning', () => {
    const v = validateObject(pod('p', { nodeName: 'a', schedulingGates: [{ name: 'ok' }, { name: 'ok' },
      { name: '-bad' }] }));
    expect(v.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'spec.schedulingGates[1]: Duplicate value: "ok"',
      "spec.schedulingGates[2]: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' " +
        "or '.', and must start and end with an alphanumeric character",
      'spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared',
    ]);
    expect(validateObject(pod('p', { schedulingGates: [{ name: 'example.com/gate' }] })).warnings).toEqual([]);
  });
});

describe('removeSchedulingGates timeline action', () => {
  const yaml = (timeline: string) => scenarioYaml({
    until: '3m',
    manifests: `
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      replicas: 2
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec: {schedulingGates: [{name: example.com/quota}, {name: example.com/zone}], containers: [{name: c, image: ` +
          `nginx}]}`,
    timeline,
  });
  const scheduledAt = (s: Scenario) =>
    runRecorded(s).events.flatMap((e) => (e.type === 'PodScheduled' ? [e.at] : []));

  test('pods stay gated until their last gate goes, then are scheduled at once; the Deployment sees them Running',
    () => {
    expect(scheduledAt(scenarioFrom(yaml(
      '  - {at: 1m, removeSchedulingGates: {selector: {app: web}, gates: [example.com/quota]}}')))).toEqual([]);
    const s = scenarioFrom(yaml([
      '  - {at: 1m, removeSchedulingGates: {selector: {app: web}, gates: [example.com/quota]}}',
      '  - {at: 2m, removeSchedulingGates: {selector: {app: web}}}',
    ].join('\n')));
    expect(scheduledAt(s)).toEqual([120_000, 120_000]);
    const { result } = runRecorded(s);
    expect(getObject(result.state, 'deployments', 'default/web')!.status).toMatchObject({ readyReplicas: 2 });
  });

  test('a bad action is refused with its path', () => {
    expect(() =>
      scenarioFrom(yaml('  - {at: 1m, removeSchedulingGates: {gates: [x]}}'))).toThrow(
        /timeline\[0\]\.removeSchedulingGates: must be \{pod: NAME or selector/);
  });
});
