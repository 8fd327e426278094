import fc from 'fast-check';
import { type CliResult } from '../src/cli/inProcess.js';
/**
 * The front door under fuzz: inputs a careless user or an attacker could give, written to files
 * and fed to the CLI entry in process. What every answer must be: exit 0, 1 or 2 (never 3, an
 * internal error), no stack trace, and an answer within a bounded wall time.
 */
export declare const STACK_TRACE: RegExp;
/** A run under fuzz is stopped by its own limits long before this. */
export declare const MAX_CASE_SECONDS = 20;
export interface Verdict {
    readonly args: readonly string[];
    readonly result: CliResult;
    readonly seconds: number;
}
export declare function frontDoor(args: readonly string[]): Promise<Verdict>;
/** Why a verdict breaks the front door's promise, or undefined. */
export declare function broken(v: Verdict): string | undefined;
/** A scratch copy of examples/ (so a mutated scenario's `file:` references resolve). */
export declare function scratchExamples(): {
    dir: string;
    scenarios: {
        dir: string;
        text: string;
    }[];
    manifests: string[];
};
export declare const write: (path: string, data: string | Uint8Array) => string;
/** A structural mutation of a parsed document: drop a key, change a value's type, put in a nasty value. */
export declare const structuralMutation: fc.Arbitrary<(doc: unknown) => unknown>;
/** Mutates YAML text through its parsed form (1-3 structural changes), then writes YAML again. */
export declare const mutatedYaml: (texts: readonly string[]) => fc.Arbitrary<string>;
/** Text-level damage: a byte changed, a line dropped or repeated, an encoding changed, a prefix added. */
export declare const damagedText: (texts: readonly string[]) => fc.Arbitrary<Uint8Array<ArrayBufferLike>>;
/** Re-hashes a log after `edit` changed line `n` (1-based): the chain is valid, the history is not. */
export declare function forge(text: string, n: number, edit: (o: Record<string, unknown>) => Record<string, unknown> | Record<string, unknown>[]): string;
/** Log damage: an edited fact re-hashed (a forgery), or a line dropped, repeated, swapped or cut. */
export declare const damagedLog: (log: string) => fc.Arbitrary<{
    op: "drop" | "forge" | "dup" | "swap" | "cut" | "flip";
    text: string;
}>;
