import { tvalues } from '../reducers/table.js';
import { byKey } from './get/get.js';
import { resolveResource } from './printers/index.js';
import { podCells } from './printers/pods.js';
import { printTable } from './printers/printTable.js';
/** The STATUS column of `kubectl get pods` (printers.go printPod). */
export const podStatusColumn = (pod) => podCells(pod, 0).status;
const info = (r) => resolveResource(r);
const strip = (s) => s.replace(/\n$/, '');
/** `kubectl get pods -A -o wide` at the state's time. */
export function podTable(state) {
    const pods = tvalues(state.pods).sort(byKey);
    return strip(printTable(info('pods'), pods, { now: state.time }, { wide: true, withNamespace: true }));
}
/** `kubectl get nodes` at the state's time. */
export function nodeTable(state) {
    const nodes = tvalues(state.nodes).map((n) => n.object).sort(byKey);
    return strip(printTable(info('nodes'), nodes, { now: state.time }));
}
