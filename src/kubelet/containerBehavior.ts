import type { Container, Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import type { BehaviorSpec } from '../api/behavior.js';
import { defaultBehaviorFor } from '../behavior/defaults.js';
import { BEHAVIOR_ANNOTATION, resolveBehavior } from '../behavior/resolve.js';
import type { BehaviorRule } from '../scenario/types.js';
import type { ContainerRuntime } from './runtime.js';

/** The behaviour of a container nothing sets a field of: shared, since a runtime record only reads it. */
const NO_BEHAVIOR: BehaviorSpec = Object.freeze({});

/** Whether any annotation of the pod is a behaviour annotation (`kubesim.io/behavior`, `...behavior.<container>`). */
function hasBehaviorAnnotation(pod: Pick<Pod, 'metadata'>): boolean {
  const a = pod.metadata.annotations;
  if (a) for (const k in a) if (k.startsWith(BEHAVIOR_ANNOTATION)) return true;
  return false;
}

/**
 * What a container does in the simulation: the scenario's behaviour rules that match it (they may match its image,
 * so an in-place image update resolves them again). A Job's app containers finish by default (behavior/defaults.ts);
 * sidecars and init containers keep their own defaults.
 *
 * Without rules or behaviour annotations (every pod of pipeline.large) nothing but the defaults can set a field, so
 * the resolution is skipped: it built two or three objects per container that every running pod kept.
 * containerBehavior.test.ts compares this with the full resolution.
 */
export function containerBehavior(rules: readonly BehaviorRule[], pod: Pod, spec: Container,
  kind: ContainerRuntime['kind'], problems: FieldProblem[]): BehaviorSpec {
  if (rules.length === 0 && !hasBehaviorAnnotation(pod)) {
    if (kind !== 'app') return NO_BEHAVIOR;
    const defaults = defaultBehaviorFor(pod);
    return Object.keys(defaults).length > 0 ? defaults : NO_BEHAVIOR;
  }
  return kind === 'app' ? { ...defaultBehaviorFor(pod), ...resolveBehavior(rules, pod, spec, problems) }
    : resolveBehavior(rules, pod, spec, problems);
}
