export interface InvariantCase {
    readonly invariant: string;
    /** The `invariants:` entry (YAML flow mapping). */
    readonly entry: string;
    readonly breaks: (timeline: boolean) => string;
    readonly holds: string;
    readonly fuzzArgs: readonly string[];
}
/** One breaking and one holding scenario per operational invariant. */
export declare const INVARIANT_CASES: readonly InvariantCase[];
