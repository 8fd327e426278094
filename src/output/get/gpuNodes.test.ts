import { describe, expect, test } from 'vitest';
import type { Node } from '../../api/types.js';
import type { ClusterEvent } from '../../events/index.js';
import { nodeAdded, podCreated, stateOf } from '../../../test-support/workloads.js';
import { kubectlGet } from './get.js';

/** A node with `gpus` devices (capacity alibabacloud.com/gpu-count), or a plain one. */
function node(name: string, gpus = 0): ClusterEvent {
  const e = nodeAdded(name) as Extract<ClusterEvent, { type: 'NodeAdded' }>;
  if (!gpus) return e;
  const n: Node = e.object;
  return { ...e, object: { ...n, status: { ...n.status,
    capacity: { ...n.status.capacity, 'alibabacloud.com/gpu-count': String(gpus) } } } };
}
const share = (count: number, milli: number, devices: string) => ({ 'alibabacloud.com/gpu-count': String(count),
  'alibabacloud.com/gpu-milli': String(milli), 'alibabacloud.com/gpu-index': devices });

describe('get nodes with GPU sharing', () => {
  const facts = [
    node('cpu-1'), node('gpu-a', 4), node('gpu-b', 2),
    podCreated('a', { node: 'gpu-a', annotations: share(1, 500, '1') }),
    podCreated('b', { node: 'gpu-a', annotations: share(1, 300, '1') }),
    podCreated('c', { node: 'gpu-a', annotations: share(2, 1000, '2-3') }),
    podCreated('done', { node: 'gpu-b', phase: 'Succeeded', annotations: share(1, 1000, '0') }),
    podCreated('pending', { annotations: share(1, 1000, '') }),
  ];
  const state = { ...stateOf(facts), time: 60_000 };
  const get = (output?: string) => kubectlGet(state, facts, { resource: 'nodes', names: [],
    ...(output ? { output } : {}) }).stdout.split('\n');

  test('-o wide adds kubesim\'s GPU-MILLI-USED: milli in use per device; finished pods hold none', () => {
    const [head, ...rows] = get('wide');
    expect(head.split(/ {2,}/).at(-1)).toBe('GPU-MILLI-USED');
    expect(rows.slice(0, 3).map((r) => `${r.split(' ')[0]} ${r.split(/ +/).at(-1)}`)).toEqual(
      ['cpu-1 <none>', 'gpu-a 0,800,1000,1000', 'gpu-b 0,0']);
  });

  test('the default table stays kubectl\'s, and a cluster without GPUs gets no extra column', () => {
    expect(get()[0].split(/ +/)).toEqual(['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION']);
    const plain = [node('n1')];
    const wide = kubectlGet({ ...stateOf(plain), time: 0 }, plain, { resource: 'nodes', names: [], output: 'wide' });
    expect(wide.stdout.split('\n')[0].split(/ {2,}/).at(-1)).toBe('CONTAINER-RUNTIME');
  });
});
