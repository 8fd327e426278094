import type { Condition, KubeObject, PodTemplateSpec } from '../../api/types.js';
import type { Millis } from '../../api/ids.js';
import { type RollingUpdateBounds, type UpdateStrategy, type WorkloadSpec } from '../workloadSpec.js';
import type { ReplicaSetSpec, ReplicaSetStatus } from '../replicaset/replicaSet.js';
/** pkg/controller/deployment/util/deployment_util.go annotation keys and reasons. */
export declare const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
export declare const REVISION_HISTORY_ANNOTATION = "deployment.kubernetes.io/revision-history";
export declare const DESIRED_REPLICAS_ANNOTATION = "deployment.kubernetes.io/desired-replicas";
export declare const MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";
/** apps/v1 DefaultDeploymentUniqueLabelKey. */
export declare const POD_TEMPLATE_HASH_LABEL = "pod-template-hash";
/** Annotations a ReplicaSet does not copy from its Deployment (deployment_util.go annotationsToSkip). */
export declare const ANNOTATIONS_TO_SKIP: Set<string>;
export declare const NEW_RS_AVAILABLE_REASON = "NewReplicaSetAvailable";
export declare const RS_UPDATED_REASON = "ReplicaSetUpdated";
export declare const NEW_RS_REASON = "NewReplicaSetCreated";
export declare const FOUND_NEW_RS_REASON = "FoundNewReplicaSet";
export declare const TIMED_OUT_REASON = "ProgressDeadlineExceeded";
/** deployment_util.go FailedRSCreateReason: the new ReplicaSet's create was refused. */
export declare const FAILED_RS_CREATE_REASON = "ReplicaSetCreateError";
export declare const PAUSED_DEPLOY_REASON = "DeploymentPaused";
export declare const RESUMED_DEPLOY_REASON = "DeploymentResumed";
export declare const MINIMUM_REPLICAS_AVAILABLE = "MinimumReplicasAvailable";
export declare const MINIMUM_REPLICAS_UNAVAILABLE = "MinimumReplicasUnavailable";
export interface DeploymentSpec extends WorkloadSpec {
    readonly replicas: number;
    readonly strategy: UpdateStrategy<'RollingUpdate' | 'Recreate', RollingUpdateBounds>;
    readonly progressDeadlineSeconds?: number;
    readonly paused?: boolean;
}
export interface DeploymentStatus {
    readonly observedGeneration?: number;
    readonly replicas?: number;
    readonly updatedReplicas?: number;
    readonly readyReplicas?: number;
    readonly availableReplicas?: number;
    readonly unavailableReplicas?: number;
    readonly conditions?: readonly Condition[];
    readonly collisionCount?: number;
}
/**
 * apps/v1 SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go): replicas 1, RollingUpdate with
 * maxSurge and maxUnavailable 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600.
 */
export declare function deploymentSpec(d: KubeObject): DeploymentSpec;
/**
 * deployment_util.go ResolveFenceposts: maxSurge rounds up, maxUnavailable rounds down; when
 * both come to 0, maxUnavailable is 1 (a rollout must be able to move). An unset value counts as 0
 * (intstrutil.ValueOrDefault(x, FromInt32(0))); the 25% defaults come from API defaulting
 * (deploymentSpec), not from here.
 */
export declare function resolveFenceposts(maxSurge: number | string | undefined, maxUnavailable: number | string | undefined, desired: number): {
    surge: number;
    unavailable: number;
};
/** deployment_util.go MaxUnavailable: 0 for Recreate or no replicas; never above replicas. */
export declare function maxUnavailable(s: DeploymentSpec): number;
/** deployment_util.go MaxSurge: 0 for Recreate. */
export declare function maxSurge(s: DeploymentSpec): number;
export declare const rsSpec: (rs: KubeObject) => ReplicaSetSpec;
export declare const rsStatus: (rs: KubeObject) => Partial<ReplicaSetStatus>;
export declare const rsReplicas: (rs: KubeObject) => number;
/** GetReplicaCountForReplicaSets: the sum of spec.replicas. */
export declare const replicaCount: (rss: readonly (KubeObject | undefined)[]) => number;
/** GetActualReplicaCountForReplicaSets: the sum of status.replicas. */
export declare const actualReplicaCount: (rss: readonly (KubeObject | undefined)[]) => number;
export declare const readyReplicaCount: (rss: readonly (KubeObject | undefined)[]) => number;
export declare const availableReplicaCount: (rss: readonly (KubeObject | undefined)[]) => number;
/** FilterActiveReplicaSets: those with spec.replicas > 0. */
export declare const activeReplicaSets: (rss: readonly (KubeObject | undefined)[]) => KubeObject[];
/** deployment_util.go Revision: the revision annotation as a number (0 when absent). */
export declare function revisionOf(o: KubeObject): number;
export declare const maxRevision: (rss: readonly KubeObject[]) => number;
/** deployment_util.go EqualIgnoreHash: templates equal apart from the pod-template-hash label. */
export declare function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean;
/** deployment_util.go NewDeploymentCondition. */
export declare const newCondition: (type: string, status: Condition["status"], reason: string, message: string, now: Millis) => Condition;
/**
 * deployment_util.go SetDeploymentCondition: unchanged when status and reason are the same;
 * keeps lastTransitionTime when only the reason changed; the condition moves to the end.
 */
export declare function setCondition(conds: readonly Condition[], c: Condition): Condition[];
export declare const removeCondition: (conds: readonly Condition[], type: string) => Condition[];
export declare const getCondition: (conds: readonly Condition[] | undefined, type: string) => Condition | undefined;
/** deployment_util.go DeploymentComplete. */
export declare function deploymentComplete(s: DeploymentSpec, generation: number, st: DeploymentStatus): boolean;
/** deployment_util.go DeploymentProgressing: more updated, fewer old, more ready or more available replicas. */
export declare function deploymentProgressing(old: DeploymentStatus, st: DeploymentStatus): boolean;
/** deployment_util.go DeploymentTimedOut: the Progressing condition's lastUpdateTime + deadline is past. */
export declare function deploymentTimedOut(s: DeploymentSpec, old: DeploymentStatus, now: Millis): boolean;
