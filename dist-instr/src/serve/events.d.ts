import type { KubeObject } from '../api/types.js';
import type { ClusterEvent } from '../events/index.js';
import { type Received } from '../output/events/record.js';
/**
 * The Events kubesim serve serves: what output's recorder (the code behind `kubesim get events`
 * and `describe`) says the components record for each fact, through client-go's correlator: a
 * repeat updates its Event (count, lastTimestamp), similar messages are combined, the spam filter
 * drops what the API server would never see. Kubesim's own notes (faults, warnings) are not
 * Kubernetes Events and are left out, as `kubesim get events` leaves them.
 */
export declare class EventRecorder {
    #private;
    /** The Events the fact creates or updates (reads every fact: the reader follows pods). */
    observe(e: ClusterEvent): Received[];
}
/** A received Event as the core/v1 Event object (output's toObject), named as the recorder names it. */
export declare const eventObject: (r: Received, startTime: number) => KubeObject;
/** The same Event as events.k8s.io/v1 shows it (regarding, note, deprecated* fields). */
export declare function eventsV1(core: Record<string, unknown>): Record<string, unknown>;
