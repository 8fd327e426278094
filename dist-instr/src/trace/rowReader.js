import { cellAt } from './csv.js';
/**
 * Typed reads of one CSV row's named cells. Each bad cell adds a problem located at
 * `file:line:column` and naming the column, so a caller reports every bad cell of every row.
 */
export class RowReader {
    file;
    row;
    index;
    problems = [];
    constructor(file, row, index) {
        this.file = file;
        this.row = row;
        this.index = index;
    }
    #problem(column, message) {
        const i = this.index[column];
        this.problems.push({ file: cellAt(this.file, this.row, i ?? 0), path: column, message });
    }
    /** The raw cell text; a problem when the row stops before this column. */
    text(column) {
        const i = this.index[column];
        if (i === undefined || i >= this.row.values.length) {
            this.#problem(column, `missing column (the row has ${this.row.values.length} fields)`);
            return undefined;
        }
        return this.row.values[i].trim();
    }
    /** A whole number >= min; empty is allowed only when `optional`. */
    int(column, opts = {}) {
        const t = this.text(column);
        if (t === undefined)
            return undefined;
        if (t === '' || t === 'nan') {
            if (!opts.optional)
                this.#problem(column, 'Required value');
            return undefined;
        }
        // Traces written by pandas print whole numbers of float columns as "12.0".
        const n = /^-?\d+(\.0+)?$/.test(t) ? Number.parseInt(t, 10) : Number.NaN;
        if (!Number.isSafeInteger(n)) {
            this.#problem(column, `must be a whole number, got ${JSON.stringify(t)}`);
            return undefined;
        }
        const min = opts.min ?? 0;
        if (n < min) {
            this.#problem(column, `must be greater than or equal to ${min}, got ${n}`);
            return undefined;
        }
        if (opts.max !== undefined && n > opts.max) {
            this.#problem(column, `must be less than or equal to ${opts.max}, got ${n}`);
            return undefined;
        }
        return n;
    }
    /** A non-negative decimal number (a request in cores or GiB); empty is allowed only when `optional`. */
    number(column, opts = {}) {
        const t = this.text(column);
        if (t === undefined)
            return undefined;
        if (t === '' || t === 'nan') {
            if (!opts.optional)
                this.#problem(column, 'Required value');
            return undefined;
        }
        const n = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
        if (!Number.isFinite(n)) {
            this.#problem(column, `must be a number, got ${JSON.stringify(t)}`);
            return undefined;
        }
        if (n < 0) {
            this.#problem(column, `must be greater than or equal to 0, got ${n}`);
            return undefined;
        }
        return n;
    }
    /** One of `allowed`; empty (or pandas' "nan") when `optional` gives undefined. */
    oneOf(column, allowed, opts = {}) {
        const t = this.text(column);
        if (t === undefined)
            return undefined;
        if ((t === '' || t === 'nan') && opts.optional)
            return undefined;
        if (!allowed.includes(t)) {
            this.#problem(column, `Unsupported value: ${JSON.stringify(t)}: supported values: ` +
                `${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
            return undefined;
        }
        return t;
    }
    /** Adds a problem about a cell that parsed but does not make sense with the others. */
    reject(column, message) {
        this.#problem(column, message);
    }
}
