import { formatLabels } from './labels.js';
import { qualifiedKind } from './index.js';
import { tabWrite } from './tabWriter.js';
/** Go's %v of a cell. */
const cellText = (c) => (typeof c === 'boolean' ? (c ? 'true' : 'false') : String(c));
/**
 * kubectl's human-readable table (cli-runtime printers.HumanReadablePrinter over the server's
 * Table): upper-cased column names, priority-1 columns only with -o wide, NAMESPACE first with
 * -A, LABELS last with --show-labels, tab-aligned.
 */
export function printTable(info, objects, ctx, opts = {}) {
    const printer = info.printer;
    const shown = printer.columns.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || !c.priority);
    const extra = (opts.extra ?? []).filter((x) => opts.wide || !x.column.priority);
    const ns = opts.withNamespace && info.namespaced;
    const rows = [];
    if (!opts.noHeaders) {
        rows.push([...(ns ? ['NAMESPACE'] : []), ...shown.map(({ c }) => c.name.toUpperCase()),
            ...extra.map((x) => x.column.name.toUpperCase()), ...(opts.showLabels ? ['LABELS'] : [])]);
    }
    for (const o of objects) {
        const cells = printer.row(o, ctx);
        if (opts.withKind)
            cells[printer.columns.findIndex((c) => c.format === 'name')] =
                `${qualifiedKind(info)}/${o.metadata.name}`;
        rows.push([...(ns ? [o.metadata.namespace ?? ''] : []), ...shown.map(({ i }) => cellText(cells[i])),
            ...extra.map((x) => cellText(x.cell(o))), ...(opts.showLabels ? [formatLabels(o.metadata.labels)] : [])]);
    }
    return rows.length ? `${tabWrite(rows)}\n` : '';
}
