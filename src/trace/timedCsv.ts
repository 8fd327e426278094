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
 * Checks a CSV of timed pods once, row by row (every bad cell reported with file:line:column,
 * names unique), and gives the replay: a new pass over the file per run, streamed when rows come
 * in creation order, read whole and sorted (stable, by creation time) when they do not.
 */
export function loadTimedCsv<T>(file: string, io: TraceIo, f: TimedCsvFormat<T>): { problems: InputProblem[];
  warnings: InputProblem[]; replay: TraceReplay } {
  const rows = () => readRows(io.chunks(file), file, f.columns, (r, at) => f.parse(r, at));
  const list = new ProblemList(file);
  const names = new Map<string, number>();
  const specs = new Map<string, PodSpec>();
  let end = 0, last = -1, sorted = true, count = 0;
  for (const item of rows()) {
    if ('problem' in item) { list.add(item.problem); continue; }
    const name = f.name(item.value);
    const seen = names.get(name);
    if (seen !== undefined) list.add({ file: `${file}:${item.line}:1`,
      message: `Duplicate value: ${JSON.stringify(name)} (first at line ${seen})` });
    else names.set(name, item.line);
    const p = f.pod(item.value, specs);
    if (p.createAt < last) sorted = false;
    last = Math.max(last, p.createAt);
    end = Math.max(end, p.deleteAt ?? p.createAt);
    count++;
  }
  const warnings: InputProblem[] = [];
  if (!sorted) warnings.push(
    { file, message: 'rows are not in creation order: the file is read whole and sorted before the replay' });
  const steps = (): Iterable<TimelineEntry> => {
    const cache = new Map<string, PodSpec>();
    const pods = function* (): Generator<TimedPod> { for (const item of rows()) if ('value' in item) yield f.pod(
      item.value, cache); };
    return timedSteps(sorted ? pods() : [...pods()].sort((a, b) => a.createAt - b.createAt));
  };
  return { problems: list.all(), warnings, replay: { format: f.format, files: [file], steps, end, pods: count } };
}
