import type { Container, Pod } from '../api/types.js';
import type { FieldProblem } from '../api/problems.js';
import type { BehaviorMatch, BehaviorRule } from '../scenario/types.js';
import type { BehaviorSpec, Steps } from '../api/behavior.js';
/** Pod annotation with behaviour fields for every container of the pod. */
export declare const BEHAVIOR_ANNOTATION = "kubesim.io/behavior";
/** `kubesim.io/behavior.<container>`: behaviour fields for one container. */
export declare const containerBehaviorAnnotation: (container: string) => string;
/** Shell-style glob with `*` and `?`, anchored. */
export declare function globMatch(pattern: string, s: string): boolean;
export declare function ruleMatches(m: BehaviorMatch, pod: Pod, container: Container): boolean;
/**
 * The behaviour of one container, from the highest source down (docs/architecture.md):
 * the `kubesim.io/behavior.<container>` annotation, then `kubesim.io/behavior`, then the first
 * scenario rule that matches, then the defaults (an empty spec: start at once, run forever,
 * pass every probe). Timeline faults are applied by the kubelet on top of this.
 * Fields merge: a higher source overrides only the fields it sets.
 */
export declare function resolveBehavior(rules: readonly BehaviorRule[], pod: Pod, container: Container, problems?: FieldProblem[]): BehaviorSpec;
export declare function resolvedBehavior(rules: readonly BehaviorRule[], pod: Pod, container: Container): BehaviorSpec;
/** The value of a step function at `t` ms after the container started (0 before the first step). */
export declare function valueAt(steps: Steps | undefined, t: number): number;
