import type { FieldProblem } from './problems.js';
import type { Millis } from './ids.js';
/** A behaviour rule: what a simulated container does (docs/architecture.md, "Behaviour"). */
export interface BehaviorSpec {
    readonly startDelay?: Millis;
    readonly exitAfter?: Millis;
    readonly exitCode?: number;
    readonly memory?: Steps;
    readonly cpu?: Steps;
    readonly probes?: Partial<Record<'liveness' | 'readiness' | 'startup', ProbeBehavior>>;
    readonly postStart?: HookBehavior;
    readonly preStop?: HookBehavior;
    readonly imagePull?: {
        readonly duration?: Millis;
        readonly fail?: boolean;
    };
    /** Time from SIGTERM to exit (exit code 0). Absent: exits at once. Past the grace period: SIGKILL, 137. */
    readonly termDelay?: Millis;
}
/**
 * A value over time since the container started: steps of [at, value], value in base units (bytes,
 * millicores). `share`: the step was given as a percentage of the container's limit ("95%"); the
 * behaviour resolver turns it into `value` for each container (behavior/resolve.ts).
 */
export type Steps = readonly {
    readonly at: Millis;
    readonly value: number;
    readonly share?: number;
}[];
/**
 * Passes until failAfter; fails until passAfter (both measured from container start). `latency`:
 * how long the handler takes to answer, from `slowAfter` on (from the start when absent); an answer
 * that takes the probe's timeoutSeconds or longer is a timeout, a failure.
 */
export interface ProbeBehavior {
    readonly failAfter?: Millis;
    readonly passAfter?: Millis;
    readonly latency?: Millis;
    readonly slowAfter?: Millis;
}
export interface HookBehavior {
    readonly duration?: Millis;
    readonly fail?: boolean;
}
/** A termDelay no grace period reaches: the container ignores SIGTERM. */
export declare const IGNORES_TERM: number;
/**
 * A value over time: a quantity, or `{steps: [{at, <key>}]}` (or `value` for the key), each in
 * units of 10^scale (cpu and metric values: milli, -3; memory: bytes, 0); "95%" gives a `share`.
 */
export declare function parseSteps(p: FieldProblem[], path: string, v: unknown, resource: string, scale: number): Steps | undefined;
/** Parses the behaviour fields (scenario `behaviors[].`, or the `kubesim.io/behavior` annotation). */
export declare function parseBehavior(v: unknown, path: string, p: FieldProblem[]): BehaviorSpec;
