import type { KubeObject, PodTemplateSpec } from '../../api/types.js';
import type { ClusterState } from '../../reducers/state.js';
import type { SyncContext } from '../controller.js';
/** apps/v1 ControllerRevisionHashLabelKey: on pods and on the revisions themselves. */
export declare const CONTROLLER_REVISION_HASH_LABEL = "controller-revision-hash";
export interface ControllerRevision extends KubeObject {
    readonly data: {
        readonly spec: {
            readonly template: PodTemplateSpec;
        };
    };
    readonly revision: number;
}
export declare const revisionNumber: (r: KubeObject) => number;
/**
 * The ControllerRevisions of a StatefulSet or DaemonSet and the one for its current template
 * (pkg/controller/history, stateful_set_control.go getStatefulSetRevisions, daemon
 * controller constructHistory): an equal revision is reused, and renumbered to the next
 * revision when it is not the latest (a rollback); otherwise a new one named
 * `<owner>-<hash>` is created. Returns every revision (sorted by number) and the update one.
 */
export declare function syncRevisions(state: ClusterState, ctx: SyncContext, owner: KubeObject, template: PodTemplateSpec, collisionCount: number | undefined): {
    revisions: KubeObject[];
    update: KubeObject;
};
export declare const revisionTemplate: (r: KubeObject) => PodTemplateSpec;
export declare const revisionHash: (r: KubeObject) => string;
/**
 * history truncation (stateful_set_control.go truncateHistory, daemon cleanupHistory): deletes the
 * oldest revisions beyond revisionHistoryLimit that no live pod uses and that are neither the
 * current nor the update revision.
 */
export declare function truncateHistory(ctx: SyncContext, revisions: readonly KubeObject[], live: ReadonlySet<string>, limit: number): void;
