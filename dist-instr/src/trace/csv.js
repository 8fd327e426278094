import { parse } from 'csv-parse/sync';
/** Character columns (1-based) where each field of one raw CSV record starts, and its end; quotes respected. */
function fieldColumns(raw) {
    const text = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
    const columns = [1];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === ',' && !quoted)
            columns.push(i + 2);
    }
    return { columns, end: text.length - text.lastIndexOf('\n') };
}
/** The end of the last complete line of `buf` that is not inside a quoted field, or -1. */
function lastRecordEnd(buf) {
    let quoted = false;
    let end = -1;
    for (let i = 0; i < buf.length; i++) {
        const c = buf.charCodeAt(i);
        if (c === 34)
            quoted = !quoted;
        else if (c === 10 && !quoted)
            end = i;
    }
    return end;
}
/**
 * Reads CSV records from text chunks as they come (a file read piece by piece), so a trace of
 * any length is never held whole. Each piece that ends on a record boundary goes to csv-parse's
 * synchronous parser; line numbers are carried across pieces. A malformed piece (an unclosed
 * quote) is reported with its line and the reading goes on with the next piece.
 */
export function* readCsv(chunks, file) {
    let buf = '';
    let lineOffset = 0;
    const parsePiece = function* (piece) {
        let rows;
        try {
            rows = parse(piece, { info: true, raw: true, relax_column_count: true,
                skip_empty_lines: true });
        }
        catch (e) {
            const lines = e.lines ?? 1;
            yield { problem: { file: `${file}:${lineOffset + lines}:1`, message: `CSV: ${e.message}` } };
            return;
        }
        for (const r of rows)
            yield { row: { line: lineOffset + r.info.lines, values: r.record, ...fieldColumns(r.raw) } };
    };
    const countLines = (s) => {
        let n = 0;
        for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))
            n++;
        return n;
    };
    for (const chunk of chunks) {
        buf += chunk;
        const end = lastRecordEnd(buf);
        if (end < 0)
            continue;
        const piece = buf.slice(0, end + 1);
        buf = buf.slice(end + 1);
        yield* parsePiece(piece);
        lineOffset += countLines(piece);
    }
    if (buf.trim() !== '')
        yield* parsePiece(buf);
}
/** The header row's columns by name, with the names that are missing from the given required set. */
export function headerIndex(header, required) {
    const index = {};
    header.values.forEach((name, i) => { index[name.trim()] = i; });
    return { index, missing: required.filter((c) => !(c in index)) };
}
/** `file:line:column` of field `i` of a row (the record's end when the row has fewer fields). */
export function cellAt(file, row, i) {
    return `${file}:${row.line}:${i < row.values.length ? row.columns[i] : row.end}`;
}
