import { describe, expect, test } from 'vitest';
import { makeNode, makePod, priorityClass, runScheduling, schedulingScenario } from '../../test-support/scheduler.js';
import type { ClusterEvent } from '../events/index.js';
import { tget } from '../reducers/table.js';

const small = (name: string) => makeNode(name).alloc({ cpu: '2', memory: '4Gi', pods: '110' });
const of = <T extends ClusterEvent['type']>(events: ClusterEvent[], type: T) =>
  events.filter((e): e is Extract<ClusterEvent, { type: T }> => e.type === type);

describe('Scheduler component', () => {
  test('FailedScheduling uses kube-scheduler\'s message: sorted reasons, one per node', () => {
    const s = schedulingScenario(
      [small('n1').obj(), small('n2').labels({ disk: 'hdd' }).obj(), small('n3').labels({ disk: 'hdd' }).obj()],
      [makePod('big').req({ cpu: '3' }).nodeSelector({ disk: 'hdd' }).preemptionPolicy('Never').obj()],
    );
    const { events } = runScheduling(s, {}, 1000);
    const failed = of(events, 'FailedScheduling');
    expect(failed[0]).toEqual({
      type: 'FailedScheduling', at: 0, pod: 'default/big', uid: failed[0].uid,
      message: "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu. not "
        +
        "eligible due to preemptionPolicy=Never.",
    });
  });

  test('with preemption allowed but no lower-priority pods the preemption sentence is appended', () => {
    const s = schedulingScenario([small('n1').obj(), small('n2').obj()],
      [makePod('big').req({ cpu: '1500m' }).obj(), makePod('big2').req({ cpu: '1500m' }).obj(),
        makePod('big3').req({ cpu: '1500m' }).obj()]);
    const { events } = runScheduling(s, {}, 1000);
    expect(of(events, 'PodScheduled').map((e) => e.pod)).toEqual(['default/big', 'default/big2']);
    expect(of(events, 'FailedScheduling').map((e) => e.message)).toEqual([
      '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims ' +
        'found for incoming pod..',
    ]);
  });

  test('a pending pod is retried when a node is added, after its backoff', () => {
    const s = schedulingScenario([small('n1').obj()], [makePod('big').req({ cpu: '3' }).obj()],
      [{ at: 5000, objects: [makeNode('n2').obj()] }]);
    const { events } = runScheduling(s, {}, 10_000);
    const scheduled = of(events, 'PodScheduled');
    expect(scheduled.map((e) => [e.at, e.pod, e.node])).toEqual([[5000, 'default/big', 'n2']]);
  });

  test('backoff: a pod moved by an event before its backoff ends waits for it (1 s after the first attempt)', () => {
    const s = schedulingScenario([small('n1').obj()], [makePod('big').req({ cpu: '3' }).obj()],
      [{ at: 300, objects: [makeNode('n2').obj()] }]);
    const { events } = runScheduling(s, {}, 10_000);
    expect(of(events, 'PodScheduled').map((e) => e.at)).toEqual([1000]);
  });

  test('an unschedulable pod is retried by the 5-minute flush at the next 30 s tick', () => {
    const s = schedulingScenario([small('n1').obj()], [makePod('big').req({ cpu: '3' }).obj()]);
    const { events } = runScheduling(s, {}, 400_000);
    // attempt at 0; 5 min later the flush at 330 s (first tick with more than 300 s waited) retries it
    expect(of(events, 'FailedScheduling').map((e) => e.at)).toEqual([0, 330_000]);
  });

  test('preemption evicts the lowest-priority pods on the best node and nominates it', () => {
    const s = schedulingScenario(
      [small('n1').obj(), small('n2').obj()],
      // PriorityClasses first: admission reads them from state, so pods come 1 ms later
      [priorityClass('low', 10), priorityClass('mid', 100), priorityClass('high', 1000)],
      [{ at: 1, objects: [
        { ...makePod('low-1').req({ cpu: '1500m' }).obj(), spec: { ...makePod().req({ cpu: '1500m' }).obj().spec,
          priorityClassName: 'low' } },
        { ...makePod('mid-1').req({ cpu: '1500m' }).obj(), spec: { ...makePod().req({ cpu: '1500m' }).obj().spec,
          priorityClassName: 'mid' } },
      ] },
      { at: 1000, objects: [{ ...makePod('vip').req({ cpu: '1' }).obj(),
        spec: { ...makePod().req({ cpu: '1' }).obj().spec, priorityClassName: 'high' } }] }],
    );
    const { events, state } = runScheduling(s, {}, 2000);
    const placed = Object.fromEntries(of(events, 'PodScheduled').map((e) => [e.pod, e.node]));
    const lowNode = placed['default/low-1'];
    const failed = of(events, 'FailedScheduling');
    expect(failed.map((e) => [e.at, e.pod, e.message, e.nominatedNode])).toEqual(
      [[1000, 'default/vip', '0/2 nodes are available: 2 Insufficient cpu.', lowNode]]);
    const terminating = of(events, 'PodTerminating');
    expect(terminating.map((e) => [e.pod, e.gracePeriodSeconds, e.reason])).toEqual(
      [['default/low-1', 30, 'PreemptionByScheduler']]);
    const lowUid = tget(state.podUids, 'default/low-1')!;
    const low = tget(state.pods, lowUid)!;
    expect(low.status.conditions.find((c) => c.type === 'DisruptionTarget')).toEqual(
      { type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler',
        message: 'default-scheduler: preempting to accommodate a higher priority pod', lastTransitionTime: 1000 });
    const vip = tget(state.pods, tget(state.podUids, 'default/vip')!)!;
    expect(vip.status.nominatedNodeName).toBe(lowNode);
  });

  test('preemption for an anti-affinity conflict recomputes PreFilter state without the victim', () => {
    const s = schedulingScenario(
      [small('n1').obj()],
      [priorityClass('low', 10), priorityClass('high', 1000)],
      [
        { at: 1, objects: [{ ...makePod('low-1').labels({ app: 'low' }).obj(),
          spec: { ...makePod().req({ cpu: '100m' }).obj().spec, priorityClassName: 'low' } }] },
        { at: 1000, objects: [{ ...makePod('vip').obj(), spec: {
          ...makePod().req({ cpu: '100m' }).podAffinity('podAntiAffinity',
            [{ labelSelector: { matchLabels: { app: 'low' } }, topologyKey: 'kubernetes.io/hostname' }]).obj().spec,
              priorityClassName: 'high' } }] },
      ],
    );
    const { events } = runScheduling(s, {}, 2000);
    expect(of(events, 'FailedScheduling').map((e) => [e.at, e.message, e.nominatedNode])).toEqual([
      [1000, "0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules.", 'n1'],
      // retried after its 1 s backoff (the victim's termination is a pod update): it waits for the victim to go
      [2000, "0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules. not eligible due to a " +
        "terminating pod on the nominated node.", undefined],
    ]);
    expect(of(events, 'PodTerminating').map((e) => e.pod)).toEqual(['default/low-1']);
  });

  test('a pod naming its node (matchFields, as DaemonSet pods do) is only tried there; the rest did not satisfy ' +
    'NodeAffinity', () => {
    const s = schedulingScenario([small('n1').obj(), small('n2').obj(), small('n3').obj()], [
      makePod('fits').req({ cpu: '1' }).requiredNodeFields({ key: 'metadata.name', operator: 'In',
        values: ['n3'] }).obj(),
      makePod('big').req({ cpu: '3' }).requiredNodeFields({ key: 'metadata.name', operator: 'In',
        values: ['n2'] }).obj(),
    ]);
    const { events } = runScheduling(s, { explainScheduling: true }, 10);
    expect(of(events, 'PodScheduled').map((e) => [e.pod, e.node])).toEqual([['default/fits', 'n3']]);
    expect(of(events, 'FailedScheduling').map((e) => e.message)).toEqual([
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: " +
        "0/3 nodes are available: 3 Preemption is not helpful for scheduling..",
    ]);
    expect(of(events, 'SchedulingAttemptExplained').map((e) => [e.pod, e.evaluated])).toEqual(
      [['default/fits', 1], ['default/big', 1]]);
  });

  test('preemptionPolicy Never never evicts', () => {
    const s = schedulingScenario(
      [small('n1').obj()],
      [priorityClass('low', 10), priorityClass('never', 1000, 'Never')],
      [{ at: 1, objects: [{ ...makePod('low-1').obj(), spec: { ...makePod().req({ cpu: '1500m' }).obj().spec,
        priorityClassName: 'low' } }] },
      { at: 1000, objects: [{ ...makePod('np').obj(), spec: { ...makePod().req({ cpu: '1' }).obj().spec,
        priorityClassName: 'never' } }] }],
    );
    const { events } = runScheduling(s, {}, 2000);
    expect(of(events, 'PodTerminating')).toEqual([]);
    expect(of(events, 'FailedScheduling').map((e) => e.message)).toEqual(
      ['0/1 nodes are available: 1 Insufficient cpu. not eligible due to preemptionPolicy=Never.']);
  });

  test('explain records each node\'s verdict and each plugin\'s raw, normalised and weighted score', () => {
    const s = schedulingScenario([small('n1').obj(), small('n2').taint('k', 'v', 'NoSchedule').obj()],
      [makePod('p').req({ cpu: '1', memory: '1Gi' }).obj()]);
    const { events } = runScheduling(s, { explainScheduling: true }, 10);
    const ex = of(events, 'SchedulingAttemptExplained');
    expect(ex).toHaveLength(1);
    expect(ex[0].selected).toBe('n1');
    expect(ex[0].nodes).toEqual([
      { node: 'n2', verdict: 'node(s) had untolerated taint {k: v}', plugin: 'TaintToleration' },
      // cpu (2000-1000)*100/2000 = 50, memory (4-1)/4*100 = 75: (50+75)/2 = 62; balanced |0.5-0.25|/2 -> 87;
      // NodeAffinity skipped (no preferred terms); total 3*100 + 62 + 87 = 449
      { node: 'n1', verdict: 'Feasible', scores: { TaintToleration: [0, 100, 300], NodeResourcesFit: [62, 62, 62],
        NodeResourcesBalancedAllocation: [87, 87, 87] }, total: 449 },
    ]);
  });

  test('the same seed gives the same placements; ties are broken by the scheduler\'s stream', () => {
    const nodes = Array.from({ length: 8 }, (_, i) => small(`n${i}`).obj());
    const pods = Array.from({ length: 6 }, (_, i) => makePod(`p${i}`).req({ cpu: '100m', memory: '100Mi' }).obj());
    const place = () => of(runScheduling(schedulingScenario(nodes, pods), {}, 10).events,
      'PodScheduled').map((e) => e.node);
    const a = place();
    expect(place()).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(1);
  });
});
