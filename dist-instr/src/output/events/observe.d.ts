import type { ClusterEvent } from '../../events/index.js';
import { type RecordedEvent } from './fromFact.js';
/** A recorded event and when it was recorded (a fact can stand for events at earlier instants: probe failures). */
export interface Occurrence {
    readonly event: RecordedEvent & {
        readonly host?: string;
    };
    readonly at: number;
}
/**
 * Reads facts in log order and says which Events the components recorded for each (kubesim's
 * own notes too, flagged real: false). It remembers what the recorders know: each pod's node
 * (the kubelet's source.host), its init containers (fieldPath) and probes, and the preemptor
 * of a scheduling cycle (the victims' Preempted events).
 */
export declare class FactReader {
    #private;
    /** `facts`/`index`/`upTo` let a readiness probe's repeated failures be counted up to its recovery. */
    observe(e: ClusterEvent, facts?: readonly ClusterEvent[], index?: number, upTo?: number): Occurrence[];
}
