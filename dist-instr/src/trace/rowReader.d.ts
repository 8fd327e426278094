import type { InputProblem } from '../api/problems.js';
import { type CsvRow } from './csv.js';
/**
 * Typed reads of one CSV row's named cells. Each bad cell adds a problem located at
 * `file:line:column` and naming the column, so a caller reports every bad cell of every row.
 */
export declare class RowReader {
    #private;
    private readonly file;
    private readonly row;
    private readonly index;
    readonly problems: InputProblem[];
    constructor(file: string, row: CsvRow, index: Readonly<Record<string, number>>);
    /** The raw cell text; a problem when the row stops before this column. */
    text(column: string): string | undefined;
    /** A whole number >= min; empty is allowed only when `optional`. */
    int(column: string, opts?: {
        min?: number;
        max?: number;
        optional?: boolean;
    }): number | undefined;
    /** A non-negative decimal number (a request in cores or GiB); empty is allowed only when `optional`. */
    number(column: string, opts?: {
        optional?: boolean;
    }): number | undefined;
    /** One of `allowed`; empty (or pandas' "nan") when `optional` gives undefined. */
    oneOf<T extends string>(column: string, allowed: readonly T[], opts?: {
        optional?: boolean;
    }): T | undefined;
    /** Adds a problem about a cell that parsed but does not make sense with the others. */
    reject(column: string, message: string): void;
}
