import { describe, expect, test } from 'vitest';
import type { Node } from '../api/types.js';
import { Rng } from '../clock/rng.js';
import { completeNode } from './apply.js';

const nodeManifest = (status: unknown): Node => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'gpu-1', uid: '' },
  spec: {}, status } as unknown as Node);

describe('a Node manifest takes capacity and allocatable from status', () => {
  test.each([
    { name: 'extended resources are kept; allocatable defaults to capacity; pods to 110',
      status: { capacity: { cpu: '16', memory: '64Gi', 'nvidia.com/gpu': '4' } },
      want: { capacity: { pods: '110', cpu: '16', memory: '64Gi', 'nvidia.com/gpu': '4' },
        allocatable: { pods: '110', cpu: '16', memory: '64Gi', 'nvidia.com/gpu': '4' } } },
    { name: 'a given allocatable overrides capacity per resource',
      status: { capacity: { cpu: '16', memory: '64Gi', pods: '250', 'nvidia.com/gpu': '4' },
        allocatable: { cpu: '15800m', 'nvidia.com/gpu': '3' } },
      want: { capacity: { pods: '250', cpu: '16', memory: '64Gi', 'nvidia.com/gpu': '4' },
        allocatable: { pods: '250', cpu: '15800m', memory: '64Gi', 'nvidia.com/gpu': '3' } } },
    { name: 'no status: only the pods capacity',
      status: undefined,
      want: { capacity: { pods: '110' }, allocatable: { pods: '110' } } },
  ])('$name', ({ status, want }) => {
    const n = completeNode(nodeManifest(status), 0, new Rng(1));
    expect({ capacity: n.status.capacity, allocatable: n.status.allocatable }).toEqual(want);
  });
});
