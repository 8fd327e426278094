import { headerIndex, readCsv } from './csv.js';
import { RowReader } from './rowReader.js';
/**
 * Reads a CSV trace with a header row naming `columns` (in any order, extra columns ignored) and
 * turns each record into a T with `parse`. Yields every bad cell as a problem located at
 * `file:line:column`; a header without a required column is one problem and nothing more is read.
 */
export function* readRows(chunks, file, columns, parse) {
    let index;
    for (const item of readCsv(chunks, file)) {
        if ('problem' in item) {
            yield item;
            continue;
        }
        const row = item.row;
        if (!index) {
            const h = headerIndex(row, columns);
            if (h.missing.length) {
                yield { problem: { file: `${file}:${row.line}:1`,
                        message: `header: missing column ${h.missing.join(', ')} (expected: ${columns.join(', ')})` } };
                return;
            }
            index = h.index;
            continue;
        }
        const r = new RowReader(file, row, index);
        const value = parse(r, `${file}:${row.line}`);
        for (const problem of r.problems)
            yield { problem };
        if (value !== undefined)
            yield { value, line: row.line };
    }
    if (!index)
        yield {
            problem: { file: `${file}:1:1`, message: `empty file: expected a header row (${columns.join(', ')})` }
        };
}
