import type { KubeObject } from '../api/types.js';
import { rfc3339 } from '../api/time.js';

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
  readonly row: (obj: never, ctx: { readonly now: number }) => unknown[];
}

/**
 * The API server's default table convertor for a kind without printers
 * (apiserver pkg/registry/rest/table.go DefaultTableConvertor): Name and Created At.
 */
export function defaultPrinter(startTime: number): Printer {
  return {
    columns: [
      { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.' },
      { name: 'Created At', type: 'date',
        description: 'CreationTimestamp is a timestamp representing the server time when this object was created.' },
    ],
    row: ((o: KubeObject) => [o.metadata.name, rfc3339(startTime, o.metadata.creationTimestamp ?? 0)]) as Printer[
      'row'],
  };
}

/** What a row's `object` holds: PartialObjectMetadata by default, the whole object with includeObject=Object. */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

/**
 * A metav1.Table of objects (internal form, for the printer) as JSON text, as the API server
 * answers `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`; `rowObject` gives each row's
 * object as JSON text (or undefined for includeObject=None).
 */
export function tableJson(
  printer: Printer, objects: readonly KubeObject[], rowObject: (o: KubeObject) => string | undefined, now: number,
  meta: { resourceVersion: string; continue?: string; remainingItemCount?: number }, noHeaders = false,
): string {
  const rows = objects.map((o) => {
    const object = rowObject(o);
    return `{"cells":${JSON.stringify(printer.row(o as never, { now }))}${object ? `,"object":${object}` : ''}}`;
  });
  const head = JSON.stringify({ kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: meta,
    columnDefinitions: noHeaders ? [] : printer.columns });
  return `${head.slice(0, -1)},"rows":[${rows.join(',')}]}`;
}
