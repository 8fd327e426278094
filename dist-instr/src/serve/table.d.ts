/** metav1.TableColumnDefinition (the printers' columns). */
export interface Column {
    readonly name: string;
    readonly type: string;
    readonly format?: string;
    readonly priority?: number;
    readonly description: string;
}
/** One kind's printer: kubectl's columns and a row of cells (output's printers have this shape). */
export interface Printer {
    readonly columns: readonly Column[];
    readonly row: (obj: never, ctx: {
        readonly now: number;
    }) => unknown[];
}
/**
 * The API server's default table convertor for a kind without printers
 * (apiserver pkg/registry/rest/table.go DefaultTableConvertor): Name and Created At.
 */
export declare function defaultPrinter(startTime: number): Printer;
/** What a row's `object` holds: PartialObjectMetadata by default, the whole object with includeObject=Object. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';
/**
 * A metav1.Table as the API server answers `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`,
 * as bytes: the head (columns, list metadata) and each row's bytes (encoded once per object and
 * instant, see view.ts encodedRow), concatenated without parsing or encoding them again.
 */
export declare function tableBytes(columns: readonly Column[], rows: readonly Buffer[], meta: {
    resourceVersion: string;
    continue?: string;
    remainingItemCount?: number;
}, noHeaders?: boolean): Buffer;
/** `head` + the parts separated by commas + `]}`: a JSON list body made of already encoded items. */
export declare function joinJson(head: string, parts: readonly Buffer[]): Buffer;
