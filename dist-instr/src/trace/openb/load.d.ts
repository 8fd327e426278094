import { type TraceIo, type TraceLoad } from '../io.js';
/**
 * The openb trace (Alibaba cluster-trace-gpu-v2023) in timed mode: nodes from the node list CSV
 * or node YAML at t=0, and each task of the pod list created at creation_time and deleted at
 * deletion_time. The pod list is read once here to check every row (all problems reported with
 * file:line:column) and find its end; a long one is read again, row by row, while a run replays
 * it (timedCsv.ts KEEP_PODS_UP_TO).
 */
export declare function loadOpenb(files: readonly string[], io: TraceIo): TraceLoad;
