import type { Node, Pod } from '../api/types.js';
import { ScenarioError, type InputProblem } from '../api/problems.js';
import { openbNode, OPENB_NODE_COLUMNS, parseOpenbNodeRow, type OpenbNodeRow } from '../trace/openb/node.js';
import { openbPod, OPENB_POD_COLUMNS, parseOpenbPodRow, type OpenbPodRow,
  type PodSpecCache } from '../trace/openb/pod.js';
import { readRows } from '../trace/readRows.js';
import { asUid } from '../api/ids.js';

export interface TraceText { readonly chunks: Iterable<string>; readonly file: string }

/**
 * Every row of an openb CSV (trace importers, src/trace/openb); any bad row stops with all problems at
 * file:line:column.
 */
function rowsOf<T>(t: TraceText, columns: readonly string[], parse: Parameters<typeof readRows<T>>[3]): T[] {
  const problems: InputProblem[] = [];
  const out: T[] = [];
  for (const item of readRows(t.chunks, t.file, columns, parse)) {
    if ('problem' in item) problems.push(item.problem); else out.push(item.value);
  }
  if (problems.length) throw new ScenarioError(problems);
  return out;
}

export const openbPodRows = (t: TraceText): OpenbPodRow[] => rowsOf(t, OPENB_POD_COLUMNS, parseOpenbPodRow);
export const openbNodeRows = (t: TraceText): OpenbNodeRow[] =>
  rowsOf(t, OPENB_NODE_COLUMNS, (r) => parseOpenbNodeRow(r));

/** The experiment's input from openb's pod list and GPU node list: objects with a uid from their name. */
export function openbInput(pods: TraceText, nodes: TraceText): { pods: Pod[]; nodes: Node[] } {
  const specs: PodSpecCache = new Map();
  return {
    pods: openbPodRows(pods).map((row) => {
      const p = openbPod(row, 'default', specs);
      return { ...p, metadata: { ...p.metadata, uid: asUid(p.metadata.name) } };
    }),
    nodes: openbNodeRows(nodes).map((row) => {
      const n = openbNode(row);
      return { ...n, metadata: { ...n.metadata, uid: asUid(n.metadata.name) } };
    }),
  };
}
