import type { Node } from '../../api/types.js';
import type { InputProblem } from '../../scenario/errors.js';
import type { SourcedObject, TimelineEntry } from '../../scenario/types.js';
import { firstLine, ProblemList, wholeText, type TraceIo, type TraceLoad } from '../io.js';
import { readRows } from '../readRows.js';
import { seconds, timedSteps, type TimedPod } from '../timedSteps.js';
import { openbNode, parseOpenbNodeRow, OPENB_NODE_COLUMNS } from './node.js';
import { openbPod, parseOpenbPodRow, OPENB_POD_COLUMNS, type OpenbPodRow, type PodSpecCache } from './pod.js';

/** Which openb file this is, from its extension and header: a node list, the node YAML, or a pod list. */
function classify(path: string, io: TraceIo): 'nodes' | 'nodeYaml' | 'pods' | string {
  if (/\.ya?ml$/.test(path)) return 'nodeYaml';
  const header = firstLine(io.chunks(path)).split(',').map((h) => h.trim());
  if (header.includes('sn')) return 'nodes';
  if (header.includes('name') && header.includes('creation_time')) return 'pods';
  return `not an openb file: its header (${header.slice(0, 6).join(',')}) has neither "sn" (a node list) nor "name" and "creation_time" (a pod list)`;
}

const podRows = (path: string, io: TraceIo) => readRows(io.chunks(path), path, OPENB_POD_COLUMNS, parseOpenbPodRow);

function timedPod(row: OpenbPodRow, specs: PodSpecCache): TimedPod {
  return { pod: openbPod(row, 'default', specs), createAt: seconds(row.creationTime), deleteAt: seconds(row.deletionTime), source: row.at };
}

/**
 * The openb trace (Alibaba cluster-trace-gpu-v2023) in timed mode: nodes from the node list CSV
 * or node YAML at t=0, and each task of the pod list created at creation_time and deleted at
 * deletion_time. The pod list is read once here to check every row (all problems reported with
 * file:line:column) and find its end, and again, row by row, while the run replays it.
 */
export function loadOpenb(files: readonly string[], io: TraceIo): TraceLoad {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const nodes: Node[] = [];
  const manifests: SourcedObject[] = [];
  let podFile: string | undefined;
  for (const f of files) {
    let kind: string;
    try { kind = classify(f, io); } catch { problems.push({ file: f, message: 'cannot read file (does it exist?)' }); continue; }
    if (kind === 'nodeYaml') {
      const r = io.manifests(wholeText(io.chunks(f)), f);
      problems.push(...r.problems); warnings.push(...r.warnings);
      for (const m of r.value) (m.object.kind === 'Node' ? nodes.push(m.object as unknown as Node) : manifests.push(m));
    } else if (kind === 'nodes') {
      const list = new ProblemList(f);
      for (const item of readRows(io.chunks(f), f, OPENB_NODE_COLUMNS, parseOpenbNodeRow)) {
        if ('problem' in item) list.add(item.problem); else nodes.push(openbNode(item.value));
      }
      problems.push(...list.all());
    } else if (kind === 'pods') {
      if (podFile) problems.push({ file: f, message: `a second pod list (the first is ${podFile}): give one` });
      else podFile = f;
    } else problems.push({ file: f, message: kind });
  }
  if (!podFile) return { nodes, manifests, problems: problems.length ? problems : [{ file: files[0] ?? 'trace', message: 'openb: no pod list among the files (a CSV with name, creation_time, ...)' }], warnings };

  // Checking pass: every row, the trace's end, whether rows come in creation order, names unique.
  const list = new ProblemList(podFile);
  const names = new Map<string, number>();
  let end = 0, last = -1, sorted = true, count = 0;
  for (const item of podRows(podFile, io)) {
    if ('problem' in item) { list.add(item.problem); continue; }
    const t = item.value;
    const seen = names.get(t.name);
    if (seen !== undefined) list.add({ file: `${podFile}:${item.line}:1`, path: 'name', message: `Duplicate value: ${JSON.stringify(t.name)} (first at line ${seen})` });
    else names.set(t.name, item.line);
    if (t.creationTime < last) sorted = false;
    last = Math.max(last, t.creationTime);
    end = Math.max(end, t.deletionTime);
    count++;
  }
  problems.push(...list.all());
  if (!sorted) warnings.push({ file: podFile, message: 'rows are not in creation_time order: the pod list is read whole and sorted before the replay' });
  const file = podFile;
  const steps = (): Iterable<TimelineEntry> => {
    const specs: PodSpecCache = new Map();
    const rows = function* (): Generator<OpenbPodRow> { for (const item of podRows(file, io)) if ('value' in item) yield item.value; };
    const pods = sorted
      ? (function* () { for (const r of rows()) yield timedPod(r, specs); })()
      : [...rows()].sort((a, b) => a.creationTime - b.creationTime).map((r) => timedPod(r, specs));
    return timedSteps(pods);
  };
  return { nodes, manifests, problems, warnings, replay: { format: 'openb', files, steps, end: seconds(end), pods: count } };
}
