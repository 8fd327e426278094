import { type ChaosAction, type TimelineAction } from '../scenario/types.js';
import type { ClusterState } from '../reducers/state.js';
/** What a chaos action became at its instant: concrete actions (now or later), or why nothing. */
export type Resolution = {
    readonly target: {
        readonly resource: string;
        readonly key: string;
    };
    /**
     * Plain words for the log and the counterexample: "crash of Pod/default/web-7d4-x (2 of 3 running pods matching
     * app=web)".
     */
    readonly message: string;
    readonly actions: readonly {
        readonly after: number;
        readonly action: TimelineAction;
    }[];
} | {
    readonly none: string;
};
/** The default zone label (k8s.io/api/core/v1 well_known_labels.go, LabelTopologyZone). */
export declare const ZONE_LABEL = "topology.kubernetes.io/zone";
/** How long a nodeNotReady fault lasts unless recoverAfter says otherwise. */
export declare const NOT_READY_MS = 60000;
/**
 * Resolves a chaos action against the state at its instant. `choose(n)` picks an index in [0, n)
 * (the action's `pick`, or a seeded draw); `serial` numbers what the action creates (images, nodes).
 */
export declare function resolveChaos(a: ChaosAction, state: ClusterState, choose: (n: number) => number, serial: number, scenarioNodes?: number): Resolution;
/**
 * The annotation kubectl rollout restart sets on the pod template
 * (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectrestarter.go).
 */
export declare const RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
