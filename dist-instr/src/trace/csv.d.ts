import type { InputProblem } from '../api/problems.js';
/** One CSV record with where it is: its 1-based line and each field's 1-based character column. */
export interface CsvRow {
    readonly line: number;
    readonly values: readonly string[];
    readonly columns: readonly number[];
    /** The column just past the record's last character (where a missing field would start). */
    readonly end: number;
}
/** What a trace reader yields: a record, or a problem that stops nothing else (every one is reported). */
export type CsvItem = {
    readonly row: CsvRow;
} | {
    readonly problem: InputProblem;
};
/**
 * Reads CSV records from text chunks as they come (a file read piece by piece), so a trace of
 * any length is never held whole. Each piece that ends on a record boundary goes to csv-parse's
 * synchronous parser; line numbers are carried across pieces. A malformed piece (an unclosed
 * quote) is reported with its line and the reading goes on with the next piece.
 */
export declare function readCsv(chunks: Iterable<string>, file: string): Generator<CsvItem>;
/** The header row's columns by name, with the names that are missing from the given required set. */
export declare function headerIndex(header: CsvRow, required: readonly string[]): {
    index: Record<string, number>;
    missing: string[];
};
/** `file:line:column` of field `i` of a row (the record's end when the row has fewer fields). */
export declare function cellAt(file: string, row: CsvRow, i: number): string;
