import type { KubeObject } from '../../api/types.js';
import { formatLabels } from './labels.js';
import { qualifiedKind, type ResourceInfo } from './index.js';
import type { Cell, ExtraColumn, Printer, PrintContext } from './types.js';
import { alignedTable } from './tabWriter.js';

export interface TableOptions {
  readonly wide?: boolean;
  /** `-A`: a NAMESPACE column first (namespaced kinds only). */
  readonly withNamespace?: boolean;
  readonly showLabels?: boolean;
  readonly noHeaders?: boolean;
  /** Names as `kind.group/name`, as kubectl prints them when several kinds share one output (`get all`). */
  readonly withKind?: boolean;
  /** Columns after the printer's own (priority 1 ones only with -o wide), before LABELS. */
  readonly extra?: readonly ExtraColumn[];
}

/** Go's %v of a cell. */
const cellText = (c: Cell): string => (typeof c === 'boolean' ? (c ? 'true' : 'false') : String(c));

/**
 * kubectl's human-readable table (cli-runtime printers.HumanReadablePrinter over the server's
 * Table): upper-cased column names, priority-1 columns only with -o wide, NAMESPACE first with
 * -A, LABELS last with --show-labels, tab-aligned.
 */
export function printTable(info: ResourceInfo, objects: readonly KubeObject[], ctx: PrintContext,
  opts: TableOptions = {}): string {
  const printer = info.printer as unknown as Printer<KubeObject>;
  const shown = printer.columns.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || !c.priority);
  const extra = (opts.extra ?? []).filter((x) => opts.wide || !x.column.priority);
  const ns = opts.withNamespace && info.namespaced;
  // The cells as one flat array, a row after another (a pod table has 150,000 rows of 10).
  const n = (ns ? 1 : 0) + shown.length + extra.length + (opts.showLabels ? 1 : 0);
  const cells = new Array<string>(n * (objects.length + (opts.noHeaders ? 0 : 1)));
  let k = 0;
  if (!opts.noHeaders) {
    if (ns) cells[k++] = 'NAMESPACE';
    for (const { c } of shown) cells[k++] = c.name.toUpperCase();
    for (const x of extra) cells[k++] = x.column.name.toUpperCase();
    if (opts.showLabels) cells[k++] = 'LABELS';
  }
  for (const o of objects) {
    const row = printer.row(o, ctx);
    if (opts.withKind) row[printer.columns.findIndex((c) => c.format === 'name')] =
      `${qualifiedKind(info)}/${o.metadata.name}`;
    if (ns) cells[k++] = o.metadata.namespace ?? '';
    for (const { i } of shown) cells[k++] = cellText(row[i]);
    for (const x of extra) cells[k++] = cellText(x.cell(o));
    if (opts.showLabels) cells[k++] = formatLabels(o.metadata.labels);
  }
  return cells.length ? `${alignedTable(cells, n, 6, 3)}\n` : '';
}
