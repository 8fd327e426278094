import type { KubeObject } from '../../api/types.js';
/**
 * metav1.TableColumnDefinition: what the API server's Table response and kubectl's table
 * printer share. Priority 1 columns are shown only with `-o wide`.
 */
export interface Column {
    readonly name: string;
    readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
    readonly format?: 'name';
    readonly priority?: 1;
    readonly description: string;
}
/** A Table cell: kubectl prints it with Go's %v. */
export type Cell = string | number | boolean;
/** What a printer needs besides the object: the virtual instant "now" (ages are relative to it). */
export interface PrintContext {
    readonly now: number;
    /** Wall-clock milliseconds of virtual time 0, for columns that print a date (CREATED AT). */
    readonly startTime?: number;
}
/** One kind's printer (pkg/printers/internalversion/printers.go AddHandlers): columns and a row. */
export interface Printer<T = KubeObject> {
    readonly columns: readonly Column[];
    /** Every column's cell, wide ones included, in column order (the API server's TableRow.cells). */
    readonly row: (obj: T, ctx: PrintContext) => Cell[];
}
/** A column kubesim adds after a printer's own (not in the API server's Table), with its cell for each object. */
export interface ExtraColumn {
    readonly column: Column;
    readonly cell: (obj: KubeObject) => Cell;
}
/** The columns every kind starts with and the standard descriptions (metav1.ObjectMeta's swagger docs). */
export declare const NAME_COLUMN: Column;
export declare const AGE_COLUMN: Column;
export declare const col: (name: string, type: Column["type"], description: string, wide?: boolean) => Column;
/** The wide columns of the workload kinds: layoutContainerCells and the selector. */
export declare const CONTAINERS_COLUMN: Column;
export declare const IMAGES_COLUMN: Column;
export declare const SELECTOR_COLUMN: Column;
/** Loosely typed field access for kinds kubesim keeps as plain objects. */
export type Rec = Record<string, unknown>;
export declare const rec: (v: unknown) => Rec;
export declare const int: (v: unknown) => number;
export declare const specOf: (o: KubeObject) => Rec;
export declare const statusOf: (o: KubeObject) => Rec;
