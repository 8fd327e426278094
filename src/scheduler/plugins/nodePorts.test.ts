import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot, priorityClass, runScheduling,
  schedulingScenario } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { cloneNodeInfo, removePod } from '../nodeInfo.js';
import { SKIP, SUCCESS, unschedulable } from '../status.js';
import { ERR_REASON_NODE_PORTS, nodePorts } from './nodePorts.js';

const CONFLICT = unschedulable('NodePorts', ERR_REASON_NODE_PORTS);

describe('NodePorts', () => {
  // The cases of kube-scheduler's node_ports_test.go TestNodePorts, in kubesim's builders.
  test.each([
    { name: 'nothing used', used: [], want: SUCCESS },
    { name: 'another port', used: [{ containerPort: 8080, hostPort: 8080 }], ask: { hostPort: 8081 }, want: SUCCESS },
    { name: 'same port, another protocol', used: [{ containerPort: 8080, hostPort: 8080, protocol: 'UDP' }],
      ask: { hostPort: 8080, protocol: 'TCP' }, want: SUCCESS },
    { name: 'same port and protocol', used: [{ containerPort: 8080, hostPort: 8080 }], ask: { hostPort: 8080 },
      want: CONFLICT },
    { name: 'two specific addresses', used: [{ containerPort: 8080, hostPort: 8080, hostIP: '127.0.0.1' }],
      ask: { hostPort: 8080, hostIP: '127.0.0.2' }, want: SUCCESS },
    { name: 'the same specific address', used: [{ containerPort: 8080, hostPort: 8080, hostIP: '127.0.0.1' }],
      ask: { hostPort: 8080, hostIP: '127.0.0.1' }, want: CONFLICT },
    { name: '0.0.0.0 asked, a specific address used', used: [
      { containerPort: 8080, hostPort: 8080, hostIP: '127.0.0.1' }], ask: { hostPort: 8080 }, want: CONFLICT },
    { name: 'a specific address asked, 0.0.0.0 used', used: [{ containerPort: 8080, hostPort: 8080 }],
      ask: { hostPort: 8080, hostIP: '10.0.0.1' }, want: CONFLICT },
  ])('$name', ({ used, ask, want }) => {
    const holder = makePod('holder').ports(...used).obj();
    const snap = makeSnapshot([makeNode('n').obj()], [{ pod: holder, node: 'n' }]);
    const pod = makePod('p').ports({ containerPort: 80, ...(ask ?? { hostPort: 9999 }) }).info();
    expect(nodePorts.filter(newCycleState(), pod, snap.get('n')!)).toEqual(want);
  });

  test('a pod without host ports skips the Filter; one with containerPort only too', () => {
    expect(nodePorts.preFilter(newCycleState(), makePod().info())).toEqual(SKIP);
    expect(nodePorts.preFilter(newCycleState(), makePod().ports({ containerPort: 80 }).info())).toEqual(SKIP);
    expect(nodePorts.preFilter(newCycleState(), makePod().ports({ containerPort: 80, hostPort: 80 }).info())).toEqual(
      SUCCESS);
  });

  test("a sidecar's host port is held; a removed pod frees its ports (the preemption dry run's copy only)", () => {
    const holder = makePod('holder').sidecarPorts({ containerPort: 9100, hostPort: 9100 }).obj();
    const snap = makeSnapshot([makeNode('n').obj()], [{ pod: holder, node: 'n' }]);
    const pod = makePod('p').ports({ containerPort: 9100, hostPort: 9100 }).info();
    const node = snap.get('n')!;
    expect(nodePorts.filter(newCycleState(), pod, node)).toEqual(CONFLICT);
    const copy = cloneNodeInfo(node);
    expect(removePod(copy, copy.pods[0])).toBe(true);
    expect(nodePorts.filter(newCycleState(), pod, copy)).toEqual(SUCCESS);
    expect(nodePorts.filter(newCycleState(), pod, node)).toEqual(CONFLICT);
  });

  test('end to end: one hostPort pod per node, the rest pending with kube-scheduler\'s message; a higher priority pod '
    +
    'preempts for the port', () => {
    const nodes = ['a', 'b'].map((n) => makeNode(n).obj());
    const pod = (name: string, extra: Record<string, unknown> = {}) => ({
      apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
      spec: { ...extra, containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80, hostPort: 80 }] }] },
    });
    const r = runScheduling(schedulingScenario(nodes, [pod('w1'), pod('w2'), pod('w3')]), {}, 5000);
    const placed = r.events.flatMap((e) => (e.type === 'PodScheduled' ? [e.node] : [])).sort();
    expect(placed).toEqual(['a', 'b']);
    const failed = r.events.flatMap((e) => (e.type === 'FailedScheduling' ? [e.message] : []));
    expect(failed[0]).toMatch(
      /^0\/2 nodes are available: 2 node\(s\) didn't have free ports for the requested pod ports\. preemption: /);
    // Evicting the holder frees the port: preemption picks a victim (the message has no preemption part then).
    const p = runScheduling(schedulingScenario(nodes, [priorityClass('high', 1000)],
      [{ at: 1, objects: [pod('w1'), pod('w2')] }, { at: 1000,
        objects: [pod('urgent', { priorityClassName: 'high' })] }]), {}, 3000);
    const urgentFailed = p.events.flatMap((e) => (e.type === 'FailedScheduling' && e.pod === 'default/urgent'
      ? [e.message] : []));
    expect(urgentFailed[0]).toBe(
      "0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports.");
    expect(p.events.filter((e) => e.type === 'PodTerminating' && e.reason === 'PreemptionByScheduler').length).toBe(1);
    // hostNetwork: the API server defaults hostPort to containerPort (defaultHostNetworkPorts).
    const hn = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
      spec: { hostNetwork: true, containers: [{ name: 'exporter', image: 'node-exporter',
        ports: [{ containerPort: 9100 }] }] } });
    const h = runScheduling(schedulingScenario(nodes, [hn('e1'), hn('e2'), hn('e3')]), {}, 5000);
    expect(h.events.filter((e) => e.type === 'PodScheduled').length).toBe(2);
  });
});
