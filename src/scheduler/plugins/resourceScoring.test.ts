/**
 * Fidelity cases of the resource plugins, each worked out by hand from kube-scheduler's source
 * (pkg/scheduler/framework/plugins/noderesources: resource_allocation.go, least_allocated.go,
 * most_allocated.go, requested_to_capacity_ratio.go, balanced_allocation.go, fit.go).
 */
import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot } from '../../../test-support/scheduler.js';
import { newCycleState } from '../cycleState.js';
import { SKIP, SUCCESS, unresolvable } from '../status.js';
import { balancedAllocationPlugin, validateBalancedAllocationArgs } from './balancedAllocation.js';
import { nodeResourcesFit } from './nodeResourcesFit.js';
import { validateFitArgs } from './nodeResourcesFitArgs.js';

const node = makeNode('n1').alloc({ cpu: '4', memory: '8Gi', pods: '110', 'nvidia.com/gpu': '4' }).obj();
const empty = makeSnapshot([node]);
const score = (args: unknown, pod: ReturnType<typeof makePod>, snap = empty): number =>
  nodeResourcesFit(args).score(newCycleState(), pod.info(), snap.get('n1')!);
const cpuMemGpu = [{ name: 'cpu', weight: 1 }, { name: 'memory', weight: 1 }, { name: 'nvidia.com/gpu', weight: 1 }];
const rtcr = (shape: { utilization: number; score: number }[], resources?: unknown) =>
  ({ scoringStrategy: { type: 'RequestedToCapacityRatio', resources, requestedToCapacityRatio: { shape } } });

describe('explicit zero requests are not missing requests (resource_allocation.go calculatePodResourceRequest: '
  + 'NonMissingContainerRequests replaces only missing cpu/memory with 100m / 200Mi)', () => {
  test('cpu "0" and memory "0" score as nothing requested: 100 on both', () => {
    expect(score(undefined, makePod().req({ cpu: '0', memory: '0' }))).toBe(100);
  });
  test('missing requests score with the defaults: trunc((4000-100)*100/4000) = 97, memory 97', () => {
    expect(score(undefined, makePod())).toBe(97);
  });
  test('cpu "0" with memory missing: cpu 100, memory trunc((8192-200)*100/8192) = 97, mean trunc(98.5) = 98', () => {
    expect(score(undefined, makePod().req({ cpu: '0' }))).toBe(98);
  });
  test('a bound pod with explicit zeros adds nothing to the node\'s non-zero sums (NodeInfo.NonZeroRequested)', () => {
    const snap = makeSnapshot([node], [{ pod: makePod('z').req({ cpu: '0', memory: '0' }).obj(), node: 'n1' }]);
    expect(snap.get('n1')!.nonZeroCpu).toBe(0);
    expect(score(undefined, makePod().req({ cpu: '1', memory: '2Gi' }), snap)).toBe(75);
  });
});

describe('an extended resource the pod does not request is left out of the score '
  + '(calculateResourceAllocatableRequest returns (0, 0); the scorers skip allocatable 0)', () => {
  const pod = makePod().req({ cpu: '1', memory: '2Gi' });
  test('LeastAllocated cpu+memory+gpu, no gpu requested: (75 + 75) / 2 = 75, not (75 + 75 + 100) / 3', () => {
    expect(score({ scoringStrategy: { resources: cpuMemGpu } }, pod)).toBe(75);
  });
  test('MostAllocated likewise: (25 + 25) / 2 = 25, not 50 / 3 = 16', () => {
    expect(score({ scoringStrategy: { type: 'MostAllocated', resources: cpuMemGpu } }, pod)).toBe(25);
  });
  test('a requested gpu counts: MostAllocated (25 + 25 + 2*100/4) / 3 = 33', () => {
    expect(score({ scoringStrategy: { type: 'MostAllocated', resources: cpuMemGpu } },
      makePod().req({ cpu: '1', memory: '2Gi', 'nvidia.com/gpu': '2' }))).toBe(33);
  });
});

describe('RequestedToCapacityRatio (requested_to_capacity_ratio.go '
  + 'buildRequestedToCapacityRatioScorerFunction)', () => {
  const rising = [{ utilization: 0, score: 0 }, { utilization: 100, score: 10 }];
  test('a request above capacity scores as utilisation 100: shape 10 -> 100', () => {
    expect(score(rtcr(rising, [{ name: 'cpu', weight: 1 }]), makePod().req({ cpu: '5' }))).toBe(100);
  });
  test('utilisation is requested * 100 / capacity, truncated: 1 of 3 cores -> 33 (not 100 - 66 = 34)', () => {
    const three = makeSnapshot([makeNode('n1').alloc({ cpu: '3', memory: '8Gi', pods: '110' }).obj()]);
    expect(score(rtcr(rising, [{ name: 'cpu', weight: 1 }]), makePod().req({ cpu: '1' }), three)).toBe(33);
  });
  test('a resource that scores 0 is left out with its weight: cpu 25, memory 0 -> 25 (not round(25 / 2) = 13)', () => {
    expect(score(rtcr(rising), makePod().req({ cpu: '1', memory: '0' }))).toBe(25);
  });
  test('the 0-10 shape is used at its 0-100 scale: shape (0,0) (50,5) (100,10) at 25% -> 25', () => {
    const shape = [{ utilization: 0, score: 0 }, { utilization: 50, score: 5 }, { utilization: 100, score: 10 }];
    expect(score(rtcr(shape), makePod().req({ cpu: '1', memory: '2Gi' }))).toBe(25);
  });
});

describe('BalancedAllocation args.resources (balanced_allocation.go balancedResourceScorer)', () => {
  const plugin = balancedAllocationPlugin({ resources: cpuMemGpu });
  const at = (pod: ReturnType<typeof makePod>): number => plugin.score(newCycleState(), pod.info(), empty.get('n1')!);
  test('three fractions 0.25, 0.25, 0.5: std sqrt(1/72) = 0.1178, trunc((1 - std) * 100) = 88', () => {
    expect(at(makePod().req({ cpu: '1', memory: '2Gi', 'nvidia.com/gpu': '2' }))).toBe(88);
  });
  test('a gpu the pod does not request is left out: 0.25 and 0.25 -> 100', () => {
    expect(at(makePod().req({ cpu: '1', memory: '2Gi' }))).toBe(100);
  });
  test('PreScore skips a pod requesting none of the listed resources, not one requesting only a gpu', () => {
    expect(plugin.preScore(newCycleState(), makePod().info(), undefined!, [])).toEqual(SKIP);
    const gpuOnly = makePod().req({ 'nvidia.com/gpu': '1' }).info();
    expect(plugin.preScore(newCycleState(), gpuOnly, undefined!, [])).toEqual(SUCCESS);
  });
  test('explicit zeros are best-effort too: BalancedAllocation reads real requests (useRequested)', () => {
    const zeros = makePod().req({ cpu: '0', memory: '0' }).info();
    expect(balancedAllocationPlugin().preScore(newCycleState(), zeros, undefined!, [])).toEqual(SKIP);
  });
  test('ValidateNodeResourcesBalancedAllocationArgs: weight must be 1, names unique', () => {
    const resources = [{ name: 'cpu', weight: 2 }, { name: 'cpu', weight: 1 }];
    expect(validateBalancedAllocationArgs({ resources })).toEqual([
      'resources[0].weight: Invalid value: 2: must be 1', 'resources[1].name: Duplicate value: "cpu"',
    ]);
  });
});

describe('NodeResourcesFit ignoredResources / ignoredResourceGroups (fit.go fitsRequest)', () => {
  const bare = makeSnapshot([makeNode('n1').alloc({ cpu: '4', memory: '8Gi', pods: '110' }).obj()]);
  const filter = (args: unknown, pod: ReturnType<typeof makePod>) =>
    nodeResourcesFit(args).filter(newCycleState(), pod.info(), bare.get('n1')!);
  const foo = makePod().req({ cpu: '1', 'example.com/foo': '1' });
  test('without args the missing extended resource fails the node', () => {
    expect(filter(undefined, foo)).toEqual(unresolvable('NodeResourcesFit', 'Insufficient example.com/foo'));
  });
  test('an ignored resource, or one of an ignored group, is not checked', () => {
    expect(filter({ ignoredResources: ['example.com/foo'] }, foo)).toBe(SUCCESS);
    expect(filter({ ignoredResourceGroups: ['example.com'] }, foo)).toBe(SUCCESS);
  });
  test('only extended resources can be ignored: kubernetes.io/ names are native (IsExtendedResourceName)', () => {
    const hp = makePod().req({ 'kubernetes.io/foo': '1' });
    expect(filter({ ignoredResourceGroups: ['kubernetes.io'] }, hp))
      .toEqual(unresolvable('NodeResourcesFit', 'Insufficient kubernetes.io/foo'));
  });
  test('ValidateNodeResourcesFitArgs: a group name cannot contain "/"', () => {
    expect(validateFitArgs({ ignoredResourceGroups: ['example.com/foo'] }))
      .toEqual(['ignoredResourceGroups[0]: Invalid value: "example.com/foo": '
        + 'resource group name can\'t contain \'/\'']);
  });
});
