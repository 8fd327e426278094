import { firstLine, ProblemList, wholeText } from '../io.js';
import { loadTimedCsv } from '../timedCsv.js';
import { readRows } from '../readRows.js';
import { seconds } from '../timedSteps.js';
import { openbNode, parseOpenbNodeRow, OPENB_NODE_COLUMNS } from './node.js';
import { openbPod, parseOpenbPodRow, OPENB_POD_COLUMNS } from './pod.js';
/** Which openb file this is, from its extension and header: a node list, the node YAML, or a pod list. */
function classify(path, io) {
    if (/\.ya?ml$/.test(path))
        return 'nodeYaml';
    const header = firstLine(io.chunks(path)).split(',').map((h) => h.trim());
    if (header.includes('sn'))
        return 'nodes';
    if (header.includes('name') && header.includes('creation_time'))
        return 'pods';
    return `not an openb file: its header (${header.slice(0, 6).join(',')}) has neither "sn" (a node list) nor "name" ` +
        `and "creation_time" (a pod list)`;
}
function timedPod(row, specs) {
    return { pod: openbPod(row, 'default', specs), createAt: seconds(row.creationTime),
        deleteAt: seconds(row.deletionTime), source: row.at };
}
/**
 * The openb trace (Alibaba cluster-trace-gpu-v2023) in timed mode: nodes from the node list CSV
 * or node YAML at t=0, and each task of the pod list created at creation_time and deleted at
 * deletion_time. The pod list is read once here to check every row (all problems reported with
 * file:line:column) and find its end; a long one is read again, row by row, while a run replays
 * it (timedCsv.ts KEEP_PODS_UP_TO).
 */
export function loadOpenb(files, io) {
    const problems = [];
    const warnings = [];
    const nodes = [];
    const manifests = [];
    let podFile;
    for (const f of files) {
        let kind;
        try {
            kind = classify(f, io);
        }
        catch {
            problems.push({ file: f, message: 'cannot read file (does it exist?)' });
            continue;
        }
        if (kind === 'nodeYaml') {
            const r = io.manifests(wholeText(io.chunks(f)), f);
            problems.push(...r.problems);
            warnings.push(...r.warnings);
            for (const m of r.value)
                (m.object.kind === 'Node' ? nodes.push(m.object) : manifests.push(m));
        }
        else if (kind === 'nodes') {
            const list = new ProblemList(f);
            for (const item of readRows(io.chunks(f), f, OPENB_NODE_COLUMNS, parseOpenbNodeRow)) {
                if ('problem' in item)
                    list.add(item.problem);
                else
                    nodes.push(openbNode(item.value));
            }
            problems.push(...list.all());
        }
        else if (kind === 'pods') {
            if (podFile)
                problems.push({ file: f, message: `a second pod list (the first is ${podFile}): give one` });
            else
                podFile = f;
        }
        else
            problems.push({ file: f, message: kind });
    }
    if (!podFile)
        return { nodes, manifests, problems: problems.length ? problems
                : [{ file: files[0] ?? 'trace',
                        message: 'openb: no pod list among the files (a CSV with name, creation_time, ...)' }], warnings };
    const t = loadTimedCsv(podFile, io, { format: 'openb', columns: OPENB_POD_COLUMNS, parse: parseOpenbPodRow,
        name: (r) => r.name, pod: timedPod });
    return { nodes, manifests, problems: [...problems, ...t.problems], warnings: [...warnings, ...t.warnings],
        replay: { ...t.replay, files } };
}
