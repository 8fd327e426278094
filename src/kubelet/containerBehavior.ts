import type { Container, Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import type { BehaviorSpec } from '../api/behavior.js';
import { defaultBehaviorFor } from '../behavior/defaults.js';
import { resolveBehavior } from '../behavior/resolve.js';
import type { BehaviorRule } from '../scenario/types.js';
import type { ContainerRuntime } from './runtime.js';

/**
 * What a container does in the simulation: the scenario's behaviour rules that match it (they may match its image,
 * so an in-place image update resolves them again). A Job's app containers finish by default (behavior/defaults.ts);
 * sidecars and init containers keep their own defaults.
 */
export function containerBehavior(rules: readonly BehaviorRule[], pod: Pod, spec: Container,
  kind: ContainerRuntime['kind'], problems: FieldProblem[]): BehaviorSpec {
  return kind === 'app' ? { ...defaultBehaviorFor(pod), ...resolveBehavior(rules, pod, spec, problems) }
    : resolveBehavior(rules, pod, spec, problems);
}
