import { tabbedString } from '../printers/tabWriter.js';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
/** Go's time.RFC1123Z in UTC, as kubectl describe prints times: `Thu, 01 Jan 2026 00:00:02 +0000`. */
export function rfc1123z(startTime, ms) {
    const d = new Date(startTime + ms);
    return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
        `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
/**
 * describe.go's PrefixWriter over one tabwriter (tabbedString): `write(level, text)` indents by
 * two spaces per level; tabs separate the cells that the tabwriter aligns at the end.
 */
export class DescribeWriter {
    #text = '';
    startTime;
    now;
    constructor(startTime, now) { this.startTime = startTime; this.now = now; }
    write(level, text) { this.#text += '  '.repeat(level) + text; }
    /** A virtual instant as describe prints it (RFC1123Z). */
    time(ms) { return rfc1123z(this.startTime, ms); }
    toString() { return tabbedString(this.#text); }
}
const sortedKeys = (m) => Object.keys(m ?? {}).sort();
/** describe.go printLabelsMultilineWithIndent: `Title:\tk=v`, one label a line, sorted by key. */
export function printLabels(w, title, labels, initialIndent = '') {
    w.write(0, `${initialIndent}${title}:\t`);
    const keys = sortedKeys(labels);
    if (!keys.length) {
        w.write(0, '<none>\n');
        return;
    }
    keys.forEach((k, i) => w.write(0, `${i ? `${initialIndent}\t` : ''}${k}=${labels[k]}\n`));
}
/** describe.go maxAnnotationLen and skipAnnotations (kubectl.kubernetes.io/last-applied-configuration). */
const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
/** describe.go printAnnotationsMultiline: long or multi-line values on their own lines, cut at 140 bytes. */
export function printAnnotations(w, title, annotations) {
    w.write(0, `${title}:\t`);
    const keys = sortedKeys(annotations).filter((k) => !SKIP_ANNOTATIONS.has(k));
    if (!keys.length) {
        w.write(0, '<none>\n');
        return;
    }
    keys.forEach((k, i) => {
        if (i)
            w.write(0, '\t');
        const value = annotations[k].replace(/\n$/, '');
        if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
            w.write(0, `${k}:\n`);
            for (const s of value.split('\n'))
                w.write(0, `\t  ${s.length > MAX_ANNOTATION_LEN - 2
                    ? `${s.slice(0, MAX_ANNOTATION_LEN - 2)}...` : s}\n`);
        }
        else
            w.write(0, `${k}: ${value}\n`);
    });
}
/** core/v1 Taint.ToString: `key=value:Effect`, `key:Effect` without a value. */
const taintString = (t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
/** describe.go printTaintsMultilineWithIndent: sorted by effect, then key. */
export function printTaints(w, title, taints) {
    w.write(0, `${title}:\t`);
    const sorted = [...(taints ?? [])].sort((a, b) => {
        const ka = `${a.effect},${a.key}`, kb = `${b.effect},${b.key}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    if (!sorted.length) {
        w.write(0, '<none>\n');
        return;
    }
    sorted.forEach((t, i) => w.write(0, `${i ? '\t' : ''}${taintString(t)}\n`));
}
/** describe.go printTolerationsMultilineWithIndent: sorted by key; `op=Exists`, ` for Ns`. */
export function printTolerations(w, title, tolerations, initialIndent = '') {
    w.write(0, `${initialIndent}${title}:\t`);
    const sorted = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1
        : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
    if (!sorted.length) {
        w.write(0, '<none>\n');
        return;
    }
    sorted.forEach((t, i) => {
        let s = `${i ? `${initialIndent}\t` : ''}${t.key ?? ''}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}`
            : ''}`;
        if (t.operator === 'Exists' && !t.value)
            s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
        if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null)
            s += ` for ${t.tolerationSeconds}s`;
        w.write(0, `${s}\n`);
    });
}
/** describe.go printController: `Kind/name` of the controller owner reference, "" without one. */
const printController = (refs) => {
    const c = refs?.find((r) => r.controller);
    return c ? `${c.kind}/${c.name}` : '';
};
/** The `Controlled By:` line describe.go writes when the object has a controller (printController non-empty). */
export function printControlledBy(w, refs) {
    const controlledBy = printController(refs);
    if (controlledBy)
        w.write(0, `Controlled By:\t${controlledBy}\n`);
}
/** Name, Namespace (and CreationTimestamp where the describer prints it first). */
export function head(w, o, created) {
    w.write(0, `Name:\t${o.metadata.name}\n`);
    w.write(0, `Namespace:\t${o.metadata.namespace ?? ''}\n`);
    if (created)
        w.write(0, `CreationTimestamp:\t${w.time(o.metadata.creationTimestamp ?? 0)}\n`);
}
