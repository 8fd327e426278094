import type { ClusterState } from '../../reducers/state.js';
import type { TimelineAction } from '../../scenario/types.js';
import type { SyncContext } from '../controller.js';
/**
 * `kubectl rollout undo deployment/NAME [--to-revision=N]` (kubectl's DeploymentRollbacker,
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go): copies the pod template of the
 * ReplicaSet at that revision (default: the previous one) into the Deployment, without the
 * pod-template-hash label, with that ReplicaSet's annotations. The deployment controller then
 * finds that ReplicaSet again and gives it the next revision. Problems become Warnings with
 * kubectl's messages.
 */
export declare function rolloutUndo(action: Extract<TimelineAction, {
    kind: 'rolloutUndo';
}>, state: ClusterState, ctx: SyncContext): void;
