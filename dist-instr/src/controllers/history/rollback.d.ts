import { type ClusterState } from '../../reducers/state.js';
import type { TimelineAction } from '../../scenario/types.js';
import type { SyncContext } from '../controller.js';
/**
 * `kubectl rollout undo` of a StatefulSet or DaemonSet (kubectl's StatefulSetRollbacker /
 * DaemonSetRollbacker): the pod template of the ControllerRevision at `toRevision`, or of the
 * previous revision, goes back into the object's spec; the controller then reuses that
 * revision (renumbered as the newest) and rolls the pods to it.
 */
export declare function rolloutUndoFromHistory(action: Extract<TimelineAction, {
    kind: 'rolloutUndo';
}>, state: ClusterState, ctx: SyncContext): void;
