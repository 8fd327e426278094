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

const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}');

/**
 * A metav1.Table as the API server answers `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`,
 * as bytes: the head (columns, list metadata) and each row's bytes (encoded once per object and
 * instant, see view.ts encodedRow), concatenated without parsing or encoding them again.
 */
export function tableBytes(columns: readonly Column[], rows: readonly Buffer[],
  meta: { resourceVersion: string; continue?: string; remainingItemCount?: number }, noHeaders = false): Buffer {
  const head = JSON.stringify({ kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: meta,
    columnDefinitions: noHeaders ? [] : columns });
  return joinJson(`${head.slice(0, -1)},"rows":[`, rows);
}

/** `head` + the parts separated by commas + `]}`: a JSON list body made of already encoded items. */
export function joinJson(head: string, parts: readonly Buffer[]): Buffer {
  const chunks: Buffer[] = [Buffer.from(head)];
  for (let i = 0; i < parts.length; i++) { if (i > 0) chunks.push(COMMA); chunks.push(parts[i]); }
  chunks.push(TAIL);
  return Buffer.concat(chunks);
}
