import type { Occurrence } from './observe.js';
/** The header of `kubesim run`'s event stream. */
export declare const STREAM_HEADER: string;
/**
 * One stream line per recorded event, `kubectl get events -w`-like with the virtual time first:
 * Normal/Warning for Events a Kubernetes component records, `kubesim` for the simulation's own
 * notes (an injected fault, a warning), which no component would record.
 */
export declare function streamLine(o: Occurrence): string;
/**
 * The stream as the API server would see it: core/v1 events pass the components' EventCorrelator
 * (an occurrence the spam filter refuses is not shown; aggregated ones carry the combined message).
 */
export declare class EventStream {
    #private;
    lines(occurrences: readonly Occurrence[]): string[];
}
