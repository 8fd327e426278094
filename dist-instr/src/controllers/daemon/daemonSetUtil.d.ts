import type { Affinity, KubeObject, Node, Pod, Toleration } from '../../api/types.js';
import { type RollingUpdateBounds, type UpdateStrategy, type WorkloadSpec } from '../workloadSpec.js';
export interface DaemonSetSpec extends WorkloadSpec {
    readonly updateStrategy: UpdateStrategy<'RollingUpdate' | 'OnDelete', RollingUpdateBounds>;
}
/** apps/v1 SetDefaults_DaemonSet: RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10. */
export declare function daemonSetSpec(o: KubeObject): DaemonSetSpec;
/**
 * pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations: what every
 * daemon pod tolerates besides its own tolerations. not-ready and unreachable NoExecute without
 * tolerationSeconds (never evicted); disk/memory/pid-pressure and unschedulable NoSchedule;
 * network-unavailable NoSchedule only for hostNetwork pods.
 */
export declare function daemonPodTolerations(spec: {
    tolerations?: readonly Toleration[];
    hostNetwork?: boolean;
}): Toleration[];
/**
 * daemonset_util.go ReplaceDaemonSetPodNodeNameNodeAffinity: the pod's required node affinity
 * becomes one term, matchFields metadata.name In [node]; the scheduler then binds it there.
 */
export declare function replaceNodeNameAffinity(affinity: Affinity | undefined, node: string): Affinity;
/**
 * daemon_controller.go NodeShouldRunDaemonPod: `shouldRun` when the node matches the template's
 * nodeName, nodeSelector and required node affinity and every NoSchedule/NoExecute taint is
 * tolerated (with the daemon tolerations); `shouldContinueRunning` also when only NoSchedule
 * taints are untolerated.
 */
export declare function nodeShouldRunDaemonPod(node: Node, spec: DaemonSetSpec, tols?: readonly Toleration[]): {
    shouldRun: boolean;
    shouldContinueRunning: boolean;
};
/** daemonset_util.go GetTargetNodeName: spec.nodeName, or the node the affinity names. */
export declare function targetNodeName(p: Pod): string | undefined;
