import type { TraceIo, TraceLoad } from '../io.js';
/** sk-core src/constants.rs CURRENT_TRACE_FORMAT_VERSION: the trace format this reader knows. */
export declare const SIMKUBE_TRACE_VERSION = 2;
/**
 * A SimKube trace file (sk-tracer's msgpack export, format version 2: `{version, config,
 * events: [{ts, applied_objs, deleted_objs}], index, pod_lifecycles}`), replayed with virtual
 * time 0 at the first event's `ts` (unix seconds). Applied objects are checked as
 * `kubectl apply --validate=strict` would and applied at their time; deleted objects are deleted
 * (Background propagation). The file is decoded whole (msgpack has no row boundaries to stream
 * on); the steps are still handed to the run one instant at a time.
 */
export declare function loadSimKube(files: readonly string[], io: TraceIo): TraceLoad;
