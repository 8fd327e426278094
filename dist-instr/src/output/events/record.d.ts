import type { ClusterEvent } from '../../events/index.js';
import type { EventObject } from './eventObject.js';
import type { RecordedEvent } from './fromFact.js';
/** kube-apiserver --event-ttl (default 1h): an Event is deleted an hour after its last update. */
export declare const EVENT_TTL_MS = 3600000;
type Recorded = RecordedEvent & {
    readonly host?: string;
};
/** One Event as the API server holds it after an occurrence: created by it, or updated (a count). */
export interface Received {
    readonly key: string;
    readonly created: boolean;
    readonly r: Recorded;
    readonly first: number;
    readonly nano: number;
    readonly last: number;
    readonly count: number;
    readonly message: string;
}
/**
 * The Events the components record, fed one occurrence at a time: core/v1 recorders through
 * client-go's EventCorrelator (aggregation, counting, spam filter); the scheduler through
 * events.k8s.io (a series per repeated event, no spam filter).
 */
export declare class EventRecorder {
    #private;
    /**
     * Records one occurrence; returns what the API server received from it (the Event created or
     * updated, as it then stands), or undefined when the spam filter kept it from the server.
     */
    add(r: Recorded, at: number): Received | undefined;
    /** add() without the answer: for a reader that asks for the Events at the end (received()). */
    record(r: Recorded, at: number): void;
    /** Every Event the API server received: [first, last, count, message, the first recorded event]. */
    received(): Generator<[number, number, number, string, Recorded, number]>;
    /** The Event objects, less those past the TTL at `horizon`, in the API's order (namespace, then name). */
    objects(startTime: number, horizon: number): EventObject[];
}
/**
 * The Kubernetes Events the components record for the facts up to `upTo` (inclusive), in
 * the API's order (namespace, then name), less those past the API server's event TTL.
 * kubesim's own notes (faults, warnings) are left out.
 */
export declare function recordEvents(facts: readonly ClusterEvent[], startTime: number, upTo?: number): EventObject[];
/**
 * The Event object of a recorded event first seen at `first`, last at `last`, `count` times
 * (also what kubesim serve serves, created and then updated as the recorder counts repeats).
 */
export declare function toObject(r: Recorded, startTime: number, first: number, last: number, count: number, message: string, nano?: number): EventObject;
export {};
