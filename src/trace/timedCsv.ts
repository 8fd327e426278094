import type { PodSpec } from '../api/types.js';
import type { InputProblem } from '../api/problems.js';
import type { TimelineEntry, TraceReplay } from '../scenario/types.js';
import { ProblemList, type TraceIo } from './io.js';
import { readRows } from './readRows.js';
import type { RowReader } from './rowReader.js';
import { timedSteps, type TimedPod } from './timedSteps.js';

/** How one CSV trace of timed pods is read: its columns, one row, and the pod a row becomes. */
export interface TimedCsvFormat<T> {
  readonly format: string;
  readonly columns: readonly string[];
  parse(r: RowReader, at: string): T | undefined;
  /** The pod's name, unique in the trace. */
  name(row: T): string;
  /** Builds the pod; `specs` lets rows of one request shape share one spec object. */
  pod(row: T, specs: Map<string, PodSpec>): TimedPod;
}

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
export function loadTimedCsv<T>(file: string, io: TraceIo, f: TimedCsvFormat<T>): { problems: InputProblem[];
  warnings: InputProblem[]; replay: TraceReplay } {
  const rows = () => readRows(io.chunks(file), file, f.columns, (r, at) => f.parse(r, at));
  const list = new ProblemList(file);
  const names = new Map<string, number>();
  const specs = new Map<string, PodSpec>();
  let end = 0, last = -1, sorted = true, count = 0;
  let kept: TimedPod[] | undefined = [];
  for (const item of rows()) {
    if ('problem' in item) { list.add(item.problem); continue; }
    const name = f.name(item.value);
    const seen = names.get(name);
    if (seen !== undefined) list.add({ file: `${file}:${item.line}:1`,
      message: `Duplicate value: ${JSON.stringify(name)} (first at line ${seen})` });
    else names.set(name, item.line);
    const p = f.pod(item.value, specs);
    if (kept && kept.length < KEEP_PODS_UP_TO) kept.push(p); else kept = undefined;
    if (p.createAt < last) sorted = false;
    last = Math.max(last, p.createAt);
    end = Math.max(end, p.deleteAt ?? p.createAt);
    count++;
  }
  const warnings: InputProblem[] = [];
  if (!sorted) warnings.push(
    { file, message: 'rows are not in creation order: the file is read whole and sorted before the replay' });
  const inOrder = (pods: TimedPod[]): TimedPod[] => (sorted ? pods : pods.sort((a, b) => a.createAt - b.createAt));
  if (kept) inOrder(kept);
  const steps = (): Iterable<TimelineEntry> => {
    if (kept) return timedSteps(kept);
    const cache = new Map<string, PodSpec>();
    const pods = function* (): Generator<TimedPod> { for (const item of rows()) if ('value' in item) yield f.pod(
      item.value, cache); };
    return timedSteps(sorted ? pods() : inOrder([...pods()]));
  };
  return { problems: list.all(), warnings, replay: { format: f.format, files: [file], steps, end, pods: count } };
}
