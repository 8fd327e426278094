import type { PodSpec } from '../api/types.js';
import type { InputProblem } from '../api/problems.js';
import type { TraceReplay } from '../scenario/types.js';
import { type TraceIo } from './io.js';
import type { RowReader } from './rowReader.js';
import { type TimedPod } from './timedSteps.js';
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
export declare const KEEP_PODS_UP_TO = 50000;
/**
 * Checks a CSV of timed pods once, row by row (every bad cell reported with file:line:column,
 * names unique), and gives the replay: the pods kept from that pass when there are few, otherwise
 * a new pass over the file per run, streamed when rows come in creation order, read whole and
 * sorted (stable, by creation time) when they do not. Pods are immutable values: runs share them.
 */
export declare function loadTimedCsv<T>(file: string, io: TraceIo, f: TimedCsvFormat<T>): {
    problems: InputProblem[];
    warnings: InputProblem[];
    replay: TraceReplay;
};
