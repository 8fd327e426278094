import { rfc3339 } from '../api/time.js';
/**
 * The API server's default table convertor for a kind without printers
 * (apiserver pkg/registry/rest/table.go DefaultTableConvertor): Name and Created At.
 */
export function defaultPrinter(startTime) {
    return {
        columns: [
            { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.' },
            { name: 'Created At', type: 'date',
                description: 'CreationTimestamp is a timestamp representing the server time when this object was created.' },
        ],
        row: ((o) => [o.metadata.name, rfc3339(startTime, o.metadata.creationTimestamp ?? 0)]),
    };
}
const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}');
/**
 * A metav1.Table as the API server answers `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`,
 * as bytes: the head (columns, list metadata) and each row's bytes (encoded once per object and
 * instant, see view.ts encodedRow), concatenated without parsing or encoding them again.
 */
export function tableBytes(columns, rows, meta, noHeaders = false) {
    const head = JSON.stringify({ kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: meta,
        columnDefinitions: noHeaders ? [] : columns });
    return joinJson(`${head.slice(0, -1)},"rows":[`, rows);
}
/** `head` + the parts separated by commas + `]}`: a JSON list body made of already encoded items. */
export function joinJson(head, parts) {
    const chunks = [Buffer.from(head)];
    for (let i = 0; i < parts.length; i++) {
        if (i > 0)
            chunks.push(COMMA);
        chunks.push(parts[i]);
    }
    chunks.push(TAIL);
    return Buffer.concat(chunks);
}
