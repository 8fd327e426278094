import type { Pod } from '../../api/types.js';
import type { ClusterEvent, EventType } from '../../events/index.js';
/** Whether a fact changes a pod's object (only these go to PodReplay). */
export declare const changesPods: (type: EventType) => boolean;
export declare class PodReplay {
    #private;
    constructor();
    /** Applies a fact about a pod (changesPods(e.type)); other facts are ignored. */
    apply(e: ClusterEvent): void;
    /** Ends an instant's batch: the pods written through drafts are finished. */
    endBatch(): void;
    /** The pod as it stands after the last batch. */
    pod(uid: string): Pod | undefined;
    pods(): Pod[];
}
