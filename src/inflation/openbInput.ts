import type { Node, Pod } from '../api/types.js';
import { ScenarioError, type InputProblem } from '../scenario/errors.js';
import { openbNode, OPENB_NODE_COLUMNS, parseOpenbNodeRow } from '../trace/openb/node.js';
import { openbPod, OPENB_POD_COLUMNS, parseOpenbPodRow, type PodSpecCache } from '../trace/openb/pod.js';
import { readRows } from '../trace/readRows.js';

/**
 * The experiment's input from openb's pod list and GPU node list (trace importers, src/trace/openb):
 * every pod with a uid from its name, the nodes as they are. Any bad row stops the run.
 */
export function openbInput(pods: { chunks: Iterable<string>; file: string }, nodes: { chunks: Iterable<string>; file: string }): { pods: Pod[]; nodes: Node[] } {
  const problems: InputProblem[] = [];
  const specs: PodSpecCache = new Map();
  const outPods: Pod[] = [], outNodes: Node[] = [];
  for (const item of readRows(pods.chunks, pods.file, OPENB_POD_COLUMNS, parseOpenbPodRow)) {
    if ('problem' in item) { problems.push(item.problem); continue; }
    const p = openbPod(item.value, 'default', specs);
    outPods.push({ ...p, metadata: { ...p.metadata, uid: p.metadata.name } });
  }
  for (const item of readRows(nodes.chunks, nodes.file, OPENB_NODE_COLUMNS, parseOpenbNodeRow)) {
    if ('problem' in item) problems.push(item.problem);
    else { const n = openbNode(item.value); outNodes.push({ ...n, metadata: { ...n.metadata, uid: n.metadata.name } }); }
  }
  if (problems.length) throw new ScenarioError(problems);
  return { pods: outPods, nodes: outNodes };
}
