import type { KubeObject } from '../../api/types.js';
import { type ResourceInfo } from './index.js';
import type { ExtraColumn, PrintContext } from './types.js';
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
/**
 * kubectl's human-readable table (cli-runtime printers.HumanReadablePrinter over the server's
 * Table): upper-cased column names, priority-1 columns only with -o wide, NAMESPACE first with
 * -A, LABELS last with --show-labels, tab-aligned.
 */
export declare function printTable(info: ResourceInfo, objects: readonly KubeObject[], ctx: PrintContext, opts?: TableOptions): string;
