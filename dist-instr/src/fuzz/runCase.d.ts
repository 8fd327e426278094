import { type ComponentFactory } from '../engine/simulation.js';
import type { Invariant, Violation } from '../invariants/types.js';
import { type Coverage } from './coverage.js';
/** Scenario documents are written as YAML with this layout, so a counterexample reads well. */
export declare const toYaml: (doc: unknown) => string;
export interface CaseSetup {
    readonly invariants: readonly Invariant[];
    /** Components added after the built-in ones (plugins). */
    readonly components?: readonly ComponentFactory[];
    /** Simulation options, as `kubesim run` passes them. */
    readonly options?: Readonly<Record<string, unknown>>;
}
export interface CaseOutcome {
    readonly violations: readonly Violation[];
    readonly logHash: string;
    readonly events: number;
    /** Which faults and operations found a target, and which Kubernetes transitions the run reached. */
    readonly coverage: Coverage;
    /** The run in plain words: what the faults and operations hit, when invariants broke. */
    readonly story: readonly string[];
}
/**
 * Runs one scenario document: written to YAML, loaded as the file `file` (the same loader and
 * the same engine entry point as `kubesim run`, so the log is the one `kubesim run file` writes)
 * and watched by the invariant checker. `untilDecided`: stop at the first violation (its log is cut
 * there, and end-of-run laws are not judged), for a search that only asks whether the case fails.
 */
export declare function runDoc(doc: unknown, file: string, setup: CaseSetup, writeLog?: (line: string) => void, untilDecided?: boolean): CaseOutcome;
/** The Simulation options `kubesim run` passes by default. */
export declare const RUN_OPTIONS: Readonly<Record<string, unknown>>;
