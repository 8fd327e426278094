import type { KubeObject, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import { tvalues } from '../reducers/table.js';
import { sortByKey } from './get/get.js';
import { resolveResource, type ResourceInfo } from './printers/index.js';
import { podCells } from './printers/pods.js';
import { printTable } from './printers/printTable.js';

/** The STATUS column of `kubectl get pods` (printers.go printPod). */
export const podStatusColumn = (pod: Pod): string => podCells(pod, 0).status;

const info = (r: string): ResourceInfo => resolveResource(r)!;
/** Without its last newline (a regular expression scanned all of a 20 MB table for it). */
const strip = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s);

/** `kubectl get pods -A -o wide` at the state's time. */
export function podTable(state: ClusterState): string {
  const pods = sortByKey(tvalues(state.pods) as unknown as KubeObject[]);
  return strip(printTable(info('pods'), pods, { now: state.time }, { wide: true, withNamespace: true }));
}

/** `kubectl get nodes` at the state's time. */
export function nodeTable(state: ClusterState): string {
  const nodes = sortByKey(tvalues(state.nodes).map((n) => n.object as unknown as KubeObject));
  return strip(printTable(info('nodes'), nodes, { now: state.time }));
}
