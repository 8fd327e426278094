import { describe, expect, test } from 'vitest';
import { makeNode, makePod, makeSnapshot, runScheduling, schedulingScenario } from '../../../test-support/scheduler.js';
import { tvalues } from '../../reducers/table.js';
import { describePod } from '../../output/describe/pod.js';
import { newCycleState } from '../cycleState.js';
import { buildProfiles } from '../profile.js';
import { SKIP, SUCCESS, unresolvable, unschedulable } from '../status.js';
import { chooseGpuDevices, ERR_REASON_GPU_INSUFFICIENT, ERR_REASON_GPU_MODEL, ERR_REASON_NO_GPU,
  gpuShare } from './gpuShare.js';

const filter = (pod: ReturnType<typeof makePod>, node: ReturnType<typeof makeSnapshot>, name = 'n') =>
  gpuShare.filter(newCycleState(), pod.info(), node.get(name)!);
const node = (count: number, model = 'T4') => makeNode('n').alloc({ cpu: '64', memory: '256Gi', pods: '110' }).gpu(
  count, model).obj();

describe('Open-Gpu-Share filter', () => {
  test('a pod without GPUs skips it; a node without GPUs rejects a GPU pod', () => {
    expect(gpuShare.preFilter(newCycleState(), makePod().info())).toEqual(SKIP);
    expect(gpuShare.preFilter(newCycleState(), makePod().gpu(1, 500).info())).toEqual(SUCCESS);
    expect(filter(makePod().gpu(1, 500), makeSnapshot([makeNode('n').obj()]))).toEqual(
      unresolvable('Open-Gpu-Share', ERR_REASON_NO_GPU));
  });

  test('shares stack on one device up to 1,000 milli', () => {
    const snap = makeSnapshot([node(1)], [{ pod: makePod('a').gpu(1, 600, undefined, [0]).obj(), node: 'n' }]);
    expect(snap.get('n')!.gpu!.free).toEqual([400]);
    expect(filter(makePod().gpu(1, 400), snap)).toEqual(SUCCESS);
    expect(filter(makePod().gpu(1, 401), snap)).toEqual(unschedulable('Open-Gpu-Share', ERR_REASON_GPU_INSUFFICIENT));
  });

  test('two shares that each fit a device do not add up across devices', () => {
    const snap = makeSnapshot([node(2)], [
      { pod: makePod('a').gpu(1, 600, undefined, [0]).obj(), node: 'n' },
      { pod: makePod('b').gpu(1, 600, undefined, [1]).obj(), node: 'n' },
    ]);
    // 800 milli idle in all, but no device has 500.
    expect(filter(makePod().gpu(1, 500), snap).code).toBe('Unschedulable');
  });

  test('a multi-GPU pod needs that many fully free devices', () => {
    const snap = makeSnapshot([node(4)], [{ pod: makePod('a').gpu(1, 100, undefined, [2]).obj(), node: 'n' }]);
    expect(filter(makePod().gpu(3, 1000), snap)).toEqual(SUCCESS);
    expect(filter(makePod().gpu(4, 1000), snap).code).toBe('Unschedulable');
    expect(filter(makePod().gpu(5, 1000), snap)).toEqual(unresolvable('Open-Gpu-Share', ERR_REASON_GPU_INSUFFICIENT));
  });

  test('the GPU model constraint: one of the models listed, or any without one', () => {
    const snap = makeSnapshot([node(1, 'V100M16')]);
    expect(filter(makePod().gpu(1, 1000, 'V100M16|V100M32'), snap)).toEqual(SUCCESS);
    expect(filter(makePod().gpu(1, 1000), snap)).toEqual(SUCCESS);
    expect(filter(makePod().gpu(1, 1000, 'A100'), snap)).toEqual(unresolvable('Open-Gpu-Share', ERR_REASON_GPU_MODEL));
  });

  test('a removed pod gives its milli back', () => {
    const snap = makeSnapshot([node(1)], [{ pod: makePod('a').uid('ua').gpu(1, 700, undefined, [0]).obj(),
      node: 'n' }]);
    snap.removePod('ua');
    expect(snap.get('n')!.gpu!.free).toEqual([1000]);
  });

  test('default device choice is best fit: the fullest device with room, whole devices the first free', () => {
    const { profiles } = buildProfiles('gpu-share');
    const snap = makeSnapshot([node(4)], [
      { pod: makePod('a').gpu(1, 500, undefined, [0]).obj(), node: 'n' },
      { pod: makePod('b').gpu(1, 800, undefined, [2]).obj(), node: 'n' },
    ]);
    const rnd = () => 0;
    expect(chooseGpuDevices(profiles[0], makePod().gpu(1, 150).info(), snap.get('n')!, rnd)).toEqual([2]);
    expect(chooseGpuDevices(profiles[0], makePod().gpu(1, 300).info(), snap.get('n')!, rnd)).toEqual([0]);
    expect(chooseGpuDevices(profiles[0], makePod().gpu(2, 1000).info(), snap.get('n')!, rnd)).toEqual([1, 3]);
    // The default profile does not model GPU sharing: no devices.
    expect(chooseGpuDevices(buildProfiles('default').profiles[0], makePod().gpu(1, 150).info(), snap.get('n')!,
      rnd)).toBeUndefined();
  });
});

describe('GPU sharing in a simulation', () => {
  const nodes = [node(2)];
  const pods = [makePod('a').gpu(1, 600).obj(), makePod('b').gpu(1, 300).obj(), makePod('c').gpu(2, 1000).obj(),
    makePod('d').obj()];

  test('the bind fact records the devices, the pod carries them as its gpu-index annotation, describe shows it', () => {
    const { events, state } = runScheduling(schedulingScenario(nodes, pods, [], { scheduler: 'gpu-share' }));
    const bound = events.filter((e) => e.type === 'PodScheduled');
    expect(bound.map((e) => [e.pod, 'gpuDevices' in e ? e.gpuDevices : undefined])).toEqual([
      ['default/a', [0]], ['default/b', [0]], ['default/d', undefined],
    ]);
    const failed = events.filter((e) => e.type === 'FailedScheduling').map((e) => e.pod);
    expect(failed).toContain('default/c');
    const a = tvalues(state.pods).find((p) => p.metadata.name === 'a')!;
    expect(a.metadata.annotations?.['alibabacloud.com/gpu-index']).toBe('0');
    expect(describePod(a, [], 0, 1000)).toMatch(/alibabacloud\.com\/gpu-index: 0/);
  });

  test('without a GPU-sharing profile nothing changes: no devices in the bind fact', () => {
    const { events } = runScheduling(schedulingScenario(nodes, pods));
    expect(events.filter((e) => e.type === 'PodScheduled' && 'gpuDevices' in e)).toEqual([]);
  });
});
