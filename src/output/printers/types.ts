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
export const NAME_COLUMN: Column = {
  name: 'Name', type: 'string', format: 'name',
  description: 'Name must be unique within a namespace. Is required when creating resources, although some resources ' +
    'may allow a '
    + 'client to request the generation of an appropriate name automatically.',
};
export const AGE_COLUMN: Column = {
  name: 'Age', type: 'string',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
};
export const col = (name: string, type: Column['type'], description: string, wide = false): Column =>
  (wide ? { name, type, priority: 1, description } : { name, type, description });

/** The wide columns of the workload kinds: layoutContainerCells and the selector. */
export const CONTAINERS_COLUMN = col('Containers', 'string', 'Names of each container in the template.', true);
export const IMAGES_COLUMN = col('Images', 'string', 'Images referenced by each container in the template.', true);
export const SELECTOR_COLUMN = col('Selector', 'string', 'Label selector of the pods.', true);

/** Loosely typed field access for kinds kubesim keeps as plain objects. */
export type Rec = Record<string, unknown>;
export const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : {});
export const int = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const specOf = (o: KubeObject): Rec => rec(o.spec);
export const statusOf = (o: KubeObject): Rec => rec(o.status);
