import type { KubeObject } from '../../api/types.js';
import { formatLabels } from './labels.js';
import { qualifiedKind, type ResourceInfo } from './index.js';
import type { Cell, ExtraColumn, Printer, PrintContext } from './types.js';
import { tabWrite } from './tabWriter.js';

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
  const rows: string[][] = [];
  if (!opts.noHeaders) {
    rows.push([...(ns ? ['NAMESPACE'] : []), ...shown.map(({ c }) => c.name.toUpperCase()),
      ...extra.map((x) => x.column.name.toUpperCase()), ...(opts.showLabels ? ['LABELS'] : [])]);
  }
  for (const o of objects) {
    const cells = printer.row(o, ctx);
    if (opts.withKind) cells[printer.columns.findIndex((c) => c.format === 'name')] =
      `${qualifiedKind(info)}/${o.metadata.name}`;
    rows.push([...(ns ? [o.metadata.namespace ?? ''] : []), ...shown.map(({ i }) => cellText(cells[i])),
      ...extra.map((x) => cellText(x.cell(o))), ...(opts.showLabels ? [formatLabels(o.metadata.labels)] : [])]);
  }
  return rows.length ? `${tabWrite(rows)}\n` : '';
}
