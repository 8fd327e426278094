import { describe, expect, test } from 'vitest';
import type { Container, Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import { parseBehavior } from '../api/behavior.js';
import { resolveBehavior } from './resolve.js';

const pod = { metadata: { name: 'p', namespace: 'default' }, spec: { containers: [] } } as unknown as Pod;
const rule = (v: unknown) => [{ match: {}, behavior: parseBehavior(v, 'behaviors[0]', []) }];

describe('memory and cpu steps in percent of the container limit', () => {
  test('are turned into bytes and millicores for each container', () => {
    const c = { name: 'app', resources: { limits: { memory: '512Mi', cpu: '2' } } } as Container;
    const b = resolveBehavior(rule({ memory: { steps: [{ at: '0s', memory: '50%' }, { at: '1m', memory: '105%' }] },
      cpu: '25%' }), pod, c);
    expect(b.memory).toEqual([{ at: 0, value: 268_435_456 }, { at: 60_000, value: 563_714_458 }]);
    expect(b.cpu).toEqual([{ at: 0, value: 500 }]);
  });

  test('without a limit they mean nothing: a problem names the container, and the steps are dropped', () => {
    const problems: FieldProblem[] = [];
    const b = resolveBehavior(rule({ memory: '90%' }), pod, { name: 'app' } as Container, problems);
    expect(b.memory).toBeUndefined();
    expect(problems).toEqual([{ path: 'containers[app].resources.limits.memory',
      message: 'behaviour memory is a percentage of the limit, and the container has none: ignored' }]);
  });
});
