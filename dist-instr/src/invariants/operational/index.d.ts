import type { InputProblem } from '../../api/problems.js';
import type { Invariant } from '../types.js';
import { monitorInvariant, type OperationalDef, type Params } from './monitor.js';
/** The operational invariants: what a user asks of their own manifests under faults and operations. */
export declare const OPERATIONAL: readonly OperationalDef[];
/** An operational invariant with its parameters, as plain data (it crosses to worker threads). */
export interface InvariantSpec {
    readonly name: string;
    readonly params: Params;
}
export declare const operationalDef: (name: string) => OperationalDef | undefined;
/** Each operational invariant with its default parameters. */
export declare const operationalDefaults: () => Invariant[];
/** Builds the invariant a spec names (its parameters already checked). */
export declare function instantiate(spec: InvariantSpec): Invariant;
/**
 * Reads a scenario's `invariants:` list (`[{name: availability, selector: app=web, min: 2}]`).
 * `known` names other registered invariants, which may be listed without parameters.
 * Problems name the file and the field path.
 */
export declare function parseInvariantSpecs(raw: unknown, file: string, known: readonly string[]): {
    specs: InvariantSpec[];
    names: string[];
    problems: InputProblem[];
};
/**
 * Reads `--invariant 'availability selector=app=web min=2'`: a name, then key=value words (the
 * first `=` splits, so a selector keeps its own). Throws RangeError with what is wrong.
 */
export declare function parseInvariantFlag(text: string): InvariantSpec;
/**
 * The invariants to judge: `selected`, with the default instance of every operational
 * invariant the specs name replaced by the specs' instances.
 */
export declare function withSpecs(selected: readonly Invariant[], specs: readonly InvariantSpec[]): Invariant[];
export { monitorInvariant, type OperationalDef };
