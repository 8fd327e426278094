import type { FieldProblem } from '../api/problems.js';
/** A closed range of whole numbers (ms for durations, percent for memory). */
export interface VaryRange {
    readonly min: number;
    readonly max: number;
}
/**
 * How `kubesim fuzz` may vary what containers do, per behaviour rule and for every other
 * container (scenario `vary:`, CLI `--vary KEY=RANGE`). Each key present is drawn per case
 * within its range and shrinks back to the scenario's own behaviour; absent keys are not varied,
 * except startDelay (0s..30s).
 */
export interface VaryBounds {
    /** Time from container creation to Running. */
    readonly startDelay?: VaryRange;
    /** How long a container runs before it exits on its own (exitAfter). */
    readonly runDuration?: VaryRange;
    /** The exit code of a container that exits on its own (one of these). */
    readonly exitCodes?: readonly number[];
    /** The peak of the memory curve, in percent of the container's memory limit (above 100: OOM-killed). */
    readonly memory?: VaryRange;
    /** When the memory curve reaches its peak after the container started. */
    readonly memoryRamp?: VaryRange;
    /** Readiness and startup probes fail until this long after each start (the application warms up). */
    readonly probePassAfter?: VaryRange;
    /** Liveness probes fail from this long after each start (the application hangs). */
    readonly probeFailAfter?: VaryRange;
    /** How long a pull of an image not on the node takes. */
    readonly imagePull?: VaryRange;
}
/** The start delays the fuzzer draws unless told otherwise (kubesim's choice, as before `vary:`). */
export declare const DEFAULT_START_DELAY: VaryRange;
/** How long a memory curve takes to reach its peak unless `memoryRamp` says (kubesim's choice). */
export declare const DEFAULT_MEMORY_RAMP: VaryRange;
export declare const VARY_KEYS: readonly ["startDelay", "runDuration", "memoryRamp", "probePassAfter", "probeFailAfter", "imagePull", "exitCodes", "memory"];
/** One `vary:` key's value: a range (durations, memory percent) or a list of exit codes. */
export declare function parseVaryValue(key: string, v: unknown, path: string, fp: FieldProblem[]): Partial<VaryBounds>;
/** The scenario's `vary:` mapping. */
export declare function parseVary(v: unknown, fp: FieldProblem[], path?: string): VaryBounds;
/** `--vary KEY=RANGE` on the command line: the same keys and values as the scenario's `vary:`. */
export declare function parseVaryFlag(flag: string, fp: FieldProblem[]): Partial<VaryBounds>;
