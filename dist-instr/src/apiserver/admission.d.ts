import type { KubeObject, OwnerReference, Pod, PodSpec, Toleration } from '../api/types.js';
import type { Rng } from '../clock/rng.js';
import type { PodCreated } from '../events/pod.js';
import { type Millis } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { type LimitRange } from './limitRanger.js';
import type { ResourceQuota } from '../api/quota.js';
/**
 * DefaultTolerationSeconds admission (plugin/pkg/admission/defaulttolerationseconds): every pod
 * that does not tolerate them gets not-ready and unreachable NoExecute tolerations of 300 s.
 */
export declare const DEFAULT_NOT_READY_TOLERATION_SECONDS = 300;
export declare const DEFAULT_UNREACHABLE_TOLERATION_SECONDS = 300;
export declare const TAINT_NODE_NOT_READY = "node.kubernetes.io/not-ready";
export declare const TAINT_NODE_UNREACHABLE = "node.kubernetes.io/unreachable";
export declare function generateName(prefix: string, rng: Rng): string;
export declare function defaultTolerations(tols: readonly Toleration[] | undefined): Toleration[];
/** Priority admission: the pod's priority from its PriorityClass, or the global default, or 0. */
export declare function resolvePriority(spec: PodSpec, state: ClusterState, pending?: Readonly<Record<string, KubeObject>>): {
    priority: number;
    preemptionPolicy?: string;
} | {
    error: string;
};
/** Namespace policy objects created by the same batch, not yet in state (one `kubectl apply` of a folder). */
export interface PendingPolicy {
    readonly namespaces: ReadonlySet<string>;
    readonly limitRanges: readonly LimitRange[];
    readonly quotas: readonly ResourceQuota[];
}
export interface AdmitOptions {
    readonly ownerReferences?: readonly OwnerReference[];
    /** Extra labels or annotations a controller sets on what it creates. */
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly name?: string;
    readonly nodeName?: string;
    /**
     * PriorityClasses created by the same request batch but not yet in state (one `kubectl apply`
     * of a file holding both the class and its pods: the class is stored first).
     */
    readonly pendingPriorityClasses?: Readonly<Record<string, KubeObject>>;
    readonly pendingPolicy?: PendingPolicy;
}
/**
 * Creates a pod the way the API server would: defaults, admission (tolerations, priority), a uid
 * from the seeded stream, status Pending. Returns the PodCreated fact, or an error message
 * (name taken, unknown PriorityClass) that the caller reports.
 */
export declare function admitPod(manifest: {
    metadata?: Partial<Pod['metadata']>;
    spec: PodSpec;
}, state: ClusterState, now: Millis, rng: Rng, opts?: AdmitOptions): PodCreated | {
    error: string;
};
