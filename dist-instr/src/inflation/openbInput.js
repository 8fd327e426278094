import { ScenarioError } from '../api/problems.js';
import { openbNode, OPENB_NODE_COLUMNS, parseOpenbNodeRow } from '../trace/openb/node.js';
import { openbPod, OPENB_POD_COLUMNS, parseOpenbPodRow } from '../trace/openb/pod.js';
import { readRows } from '../trace/readRows.js';
/**
 * Every row of an openb CSV (trace importers, src/trace/openb); any bad row stops with all problems at
 * file:line:column.
 */
function rowsOf(t, columns, parse) {
    const problems = [];
    const out = [];
    for (const item of readRows(t.chunks, t.file, columns, parse)) {
        if ('problem' in item)
            problems.push(item.problem);
        else
            out.push(item.value);
    }
    if (problems.length)
        throw new ScenarioError(problems);
    return out;
}
export const openbPodRows = (t) => rowsOf(t, OPENB_POD_COLUMNS, parseOpenbPodRow);
export const openbNodeRows = (t) => rowsOf(t, OPENB_NODE_COLUMNS, (r) => parseOpenbNodeRow(r));
/** The experiment's input from openb's pod list and GPU node list: objects with a uid from their name. */
export function openbInput(pods, nodes) {
    const specs = new Map();
    return {
        pods: openbPodRows(pods).map((row) => {
            const p = openbPod(row, 'default', specs);
            return { ...p, metadata: { ...p.metadata, uid: p.metadata.name } };
        }),
        nodes: openbNodeRows(nodes).map((row) => {
            const n = openbNode(row);
            return { ...n, metadata: { ...n.metadata, uid: n.metadata.name } };
        }),
    };
}
