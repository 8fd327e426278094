import { loadManifestText } from '../scenario/load.js';
/** At most this many problems are kept per file; the rest are counted in one last line. */
export const MAX_PROBLEMS_PER_FILE = 100;
/** Collects problems of one file, keeping the first MAX_PROBLEMS_PER_FILE and counting the rest. */
export class ProblemList {
    file;
    items = [];
    #dropped = 0;
    constructor(file) {
        this.file = file;
    }
    add(p) {
        if (this.items.length < MAX_PROBLEMS_PER_FILE)
            this.items.push(p);
        else
            this.#dropped++;
    }
    /** Every problem kept, and a last line saying how many more there were. */
    all() {
        return this.#dropped ? [...this.items, { file: this.file, message: `... and ${this.#dropped} more problems` }]
            : this.items;
    }
}
/** The first line of a text given piece by piece (a CSV header), without reading further. */
export function firstLine(chunks) {
    let text = '';
    for (const c of chunks) {
        text += c;
        const nl = text.indexOf('\n');
        if (nl >= 0)
            return text.slice(0, nl).replace(/\r$/, '');
    }
    return text;
}
/** The whole text of a file given piece by piece. */
export function wholeText(chunks) {
    let text = '';
    for (const c of chunks)
        text += c;
    return text;
}
/** The trace readers' view of the scenario loader's files. */
export function traceIo(fs) {
    return {
        chunks: (p) => (fs.chunks ? fs.chunks(p) : [fs.read(p)]),
        bytes: (p) => (fs.bytes ? fs.bytes(p) : new TextEncoder().encode(fs.read(p))),
        manifests: loadManifestText,
    };
}
