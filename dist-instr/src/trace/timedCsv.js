import { ProblemList } from './io.js';
import { readRows } from './readRows.js';
import { timedSteps } from './timedSteps.js';
/**
 * Traces of at most this many rows keep the pods their checking pass built, and a run replays
 * those instead of reading and parsing the file again (the openb default trace, 8,152 rows: a few
 * MB, and a second pass over the CSV saved); longer ones are read again per run, in pieces.
 */
export const KEEP_PODS_UP_TO = 50_000;
/**
 * Checks a CSV of timed pods once, row by row (every bad cell reported with file:line:column,
 * names unique), and gives the replay: the pods kept from that pass when there are few, otherwise
 * a new pass over the file per run, streamed when rows come in creation order, read whole and
 * sorted (stable, by creation time) when they do not. Pods are immutable values: runs share them.
 */
export function loadTimedCsv(file, io, f) {
    const rows = () => readRows(io.chunks(file), file, f.columns, (r, at) => f.parse(r, at));
    const list = new ProblemList(file);
    const names = new Map();
    const specs = new Map();
    let end = 0, last = -1, sorted = true, count = 0;
    let kept = [];
    for (const item of rows()) {
        if ('problem' in item) {
            list.add(item.problem);
            continue;
        }
        const name = f.name(item.value);
        const seen = names.get(name);
        if (seen !== undefined)
            list.add({ file: `${file}:${item.line}:1`,
                message: `Duplicate value: ${JSON.stringify(name)} (first at line ${seen})` });
        else
            names.set(name, item.line);
        const p = f.pod(item.value, specs);
        if (kept && kept.length < KEEP_PODS_UP_TO)
            kept.push(p);
        else
            kept = undefined;
        if (p.createAt < last)
            sorted = false;
        last = Math.max(last, p.createAt);
        end = Math.max(end, p.deleteAt ?? p.createAt);
        count++;
    }
    const warnings = [];
    if (!sorted)
        warnings.push({ file, message: 'rows are not in creation order: the file is read whole and sorted before the replay' });
    const inOrder = (pods) => (sorted ? pods : pods.sort((a, b) => a.createAt - b.createAt));
    if (kept)
        inOrder(kept);
    const steps = () => {
        if (kept)
            return timedSteps(kept);
        const cache = new Map();
        const pods = function* () {
            for (const item of rows())
                if ('value' in item)
                    yield f.pod(item.value, cache);
        };
        return timedSteps(sorted ? pods() : inOrder([...pods()]));
    };
    return { problems: list.all(), warnings, replay: { format: f.format, files: [file], steps, end, pods: count } };
}
