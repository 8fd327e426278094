import type { Uid } from '../../api/ids.js';
import type { Pod } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import type { JobMemory } from './jobMemory.js';
/**
 * The Job's pods that a sync still has to look at: all of podsOwnedBy but those already counted
 * and finished (a finished pod counted once never changes status.succeeded/failed again, and no
 * later step reads it). The pods come from the controller's own set (mem.open, fed by PodCreated
 * in keysFor), so a sync costs the Job's unfinished pods, not every pod it ever ran: with 6,000
 * completions each sync used to walk and sort all of them. When the owner index holds pods the
 * set has not seen (a restart from a checkpoint, an ownership change), the set is rebuilt from it.
 * backoffLimitPerIndex reads failed pods for each index's back-off: such Jobs walk every pod.
 */
export declare function podsToSync(state: ClusterState, jobUid: Uid, mem: JobMemory, perIndex: boolean, jobOf: Map<Uid, Uid>): Pod[];
/** After a sync: the pods counted and finished leave the set (they stay in the owner index until deleted). */
export declare function closeFinished(pods: readonly Pod[], mem: JobMemory): void;
