import type { InputProblem } from '../api/problems.js';
import { RowReader } from './rowReader.js';
export type RowItem<T> = {
    readonly value: T;
    readonly line: number;
} | {
    readonly problem: InputProblem;
};
/**
 * Reads a CSV trace with a header row naming `columns` (in any order, extra columns ignored) and
 * turns each record into a T with `parse`. Yields every bad cell as a problem located at
 * `file:line:column`; a header without a required column is one problem and nothing more is read.
 */
export declare function readRows<T>(chunks: Iterable<string>, file: string, columns: readonly string[], parse: (r: RowReader, at: string) => T | undefined): Generator<RowItem<T>>;
