import type { FileReader } from '../scenario/load.js';
import { type TraceIo, type TraceLoad } from './io.js';
/** The trace formats `trace:` and `kubesim trace import` read. */
export declare const TRACE_FORMATS: readonly ["openb", "alibaba-v2025", "simkube", "snapshot"];
export type TraceFormat = (typeof TRACE_FORMATS)[number];
/**
 * Reads a scenario's `trace:` key, `{format, files: [paths relative to the scenario], mode?}`,
 * and loads the trace: nodes and objects for t=0 and the timed steps to replay. Problems name the
 * scenario's field, or the trace file with line and column.
 */
export declare function loadTraceKey(value: unknown, scenarioFile: string, resolve: (rel: string) => string, io: TraceIo): TraceLoad;
/** Loads a trace of a known format from its files. */
export declare function loadTrace(format: TraceFormat, files: readonly string[], io: TraceIo): TraceLoad;
/** A FileReader whose scenarios may have `trace:` (the loader asks `traces`, read through the same files). */
export declare function withTraces(fs: FileReader): FileReader;
