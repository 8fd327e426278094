import type { Taint, Toleration } from './types.js';
/**
 * core/v1 helper Toleration.ToleratesTaint (staging/src/k8s.io/api/core/v1/toleration.go):
 * effect (empty matches all), key (empty matches all), then Exists, or Equal on value.
 * The one implementation used by admission, the scheduler, the DaemonSet controller and taint eviction.
 */
export declare function toleratesTaint(t: Toleration, taint: Taint): boolean;
/** v1helper.TolerationsTolerateTaint: some toleration tolerates the taint. */
export declare const tolerationsTolerateTaint: (tols: readonly Toleration[], taint: Taint) => boolean;
/** v1helper.FindMatchingUntoleratedTaint: the first taint (passing `filter`) no toleration tolerates. */
export declare function findUntoleratedTaint(taints: readonly Taint[] | undefined, tolerations: readonly Toleration[], filter: (t: Taint) => boolean): Taint | undefined;
