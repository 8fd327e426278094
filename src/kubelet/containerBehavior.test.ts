import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Container, Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import { defaultBehaviorFor } from '../behavior/defaults.js';
import { resolveBehavior } from '../behavior/resolve.js';
import type { BehaviorRule } from '../scenario/types.js';
import { containerBehavior } from './containerBehavior.js';

/** The full resolution, as containerBehavior did it for every container before its shortcut. */
function resolvedFully(rules: readonly BehaviorRule[], pod: Pod, spec: Container, kind: 'app' | 'init' | 'sidecar',
  problems: FieldProblem[]) {
  return kind === 'app' ? { ...defaultBehaviorFor(pod), ...resolveBehavior(rules, pod, spec, problems) }
    : resolveBehavior(rules, pod, spec, problems);
}

describe('containerBehavior', () => {
  test('equals the full resolution (same fields, same order, same problems), with and without rules or annotations',
    () => {
    const annotations = fc.dictionary(fc.constantFrom('kubesim.io/behavior', 'kubesim.io/behavior.c',
      'kubesim.io/behavior.other', 'kubesim.io/behaviour', 'example.com/x'),
    fc.constantFrom('exitAfter: 5s', 'exitCode: 3', 'memory: [{at: 0, value: "50%"}]', ': bad yaml ['), { maxKeys: 3 });
    const owner = fc.constantFrom(undefined, 'Job', 'ReplicaSet');
    const rules = fc.constantFrom<BehaviorRule[]>([], [{ match: { container: 'c' }, behavior: { exitAfter: 1000 } }],
      [{ match: { image: 'other*' }, behavior: { exitCode: 1 } }]);
    fc.assert(fc.property(annotations, owner, rules, fc.constantFrom('app', 'init', 'sidecar' as const),
      (ann, ownerKind, rs, kind) => {
      const spec: Container = { name: 'c', image: 'nginx:1', resources: { limits: { memory: '100Mi' } } } as Container;
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'u',
        ...(Object.keys(ann).length ? { annotations: ann } : {}),
        ...(ownerKind ? { ownerReferences: [{ apiVersion: 'v1', kind: ownerKind, name: 'o', uid: 'o1',
          controller: true }] } : {}) },
      spec: { containers: [spec] }, status: { phase: 'Pending', conditions: [] } } as unknown as Pod;
      const fast: FieldProblem[] = [], full: FieldProblem[] = [];
      expect(JSON.stringify(containerBehavior(rs, pod, spec, kind, fast)))
        .toBe(JSON.stringify(resolvedFully(rs, pod, spec, kind, full)));
      expect(fast).toEqual(full);
    }), { numRuns: 300 });
  });
});
