import { tabWrite } from '../printers/tabWriter.js';
import { goSprint } from './goFormat.js';
import { findResults, JsonPathError } from './jsonpath.js';
/** A custom-columns or --sort-by spec kubectl refuses: the message after `error: `. */
export class CustomColumnsError extends Error {
    name = 'CustomColumnsError';
}
/**
 * kubectl's RelaxedJSONPathExpression (kubectl/pkg/cmd/get/customcolumn.go): `metadata.name`,
 * `.metadata.name`, `{metadata.name}` and `{.metadata.name}` all become `{.metadata.name}`.
 */
export function relaxedJsonPath(expr) {
    if (expr === '')
        return expr;
    const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
    if (!m)
        throw new CustomColumnsError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or "
            + "'{name1.name2}' or '{.name1.name2}'");
    return `{.${m[1] || m[2]}}`;
}
/** NewCustomColumnsPrinterFromSpec: comma-separated `HEADER:path` pairs. */
export function parseCustomColumns(spec) {
    if (spec === '')
        throw new CustomColumnsError('custom-columns format specified but no custom columns given');
    return spec.split(',').map((part) => {
        const i = part.indexOf(':');
        if (i < 0)
            throw new CustomColumnsError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
        return { header: part.slice(0, i), path: relaxedJsonPath(part.slice(i + 1)) };
    });
}
/**
 * CustomColumnsPrinter over API objects: the headers (unless noHeaders), then per object each
 * column's jsonpath results, printed as Go's fmt.Sprint prints them and joined by commas,
 * `<none>` when there is none; aligned by the tab writer kubectl's tables use.
 */
export function printCustomColumns(spec, objects, noHeaders) {
    const columns = parseCustomColumns(spec);
    const rows = noHeaders ? [] : [columns.map((c) => c.header)];
    for (const o of objects) {
        rows.push(columns.map((c) => {
            const values = c.path === '' ? [] : findResults(c.path, o);
            return values.length ? values.map(goSprint).join(',') : '<none>';
        }));
    }
    return rows.length ? `${tabWrite(rows)}\n` : '';
}
export { JsonPathError };
