import { JsonPathError } from './jsonpath.js';
/** A custom-columns or --sort-by spec kubectl refuses: the message after `error: `. */
export declare class CustomColumnsError extends Error {
    readonly name = "CustomColumnsError";
}
/**
 * kubectl's RelaxedJSONPathExpression (kubectl/pkg/cmd/get/customcolumn.go): `metadata.name`,
 * `.metadata.name`, `{metadata.name}` and `{.metadata.name}` all become `{.metadata.name}`.
 */
export declare function relaxedJsonPath(expr: string): string;
interface Column {
    readonly header: string;
    readonly path: string;
}
/** NewCustomColumnsPrinterFromSpec: comma-separated `HEADER:path` pairs. */
export declare function parseCustomColumns(spec: string): Column[];
/**
 * CustomColumnsPrinter over API objects: the headers (unless noHeaders), then per object each
 * column's jsonpath results, printed as Go's fmt.Sprint prints them and joined by commas,
 * `<none>` when there is none; aligned by the tab writer kubectl's tables use.
 */
export declare function printCustomColumns(spec: string, objects: readonly unknown[], noHeaders: boolean): string;
export { JsonPathError };
