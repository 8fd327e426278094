import type { Millis } from '../../api/ids.js';
export interface HPAScalingPolicy {
    readonly type: 'Pods' | 'Percent';
    readonly value: number;
    readonly periodSeconds: number;
}
export interface HPAScalingRules {
    readonly stabilizationWindowSeconds?: number;
    readonly selectPolicy?: 'Max' | 'Min' | 'Disabled';
    readonly policies?: readonly HPAScalingPolicy[];
}
export interface HPABehavior {
    readonly scaleUp?: HPAScalingRules;
    readonly scaleDown?: HPAScalingRules;
}
type Rules = Required<HPAScalingRules>;
/**
 * pkg/apis/autoscaling/v2/defaults.go (GenerateHPAScaleUpRules / GenerateHPAScaleDownRules):
 * scale up by 100% or 4 pods per 15 s, whichever is more, no stabilization; scale down by 100%
 * per 15 s after a 300 s stabilization window (--horizontal-pod-autoscaler-downscale-stabilization).
 */
export declare const DEFAULT_SCALE_UP: Rules;
export declare const DEFAULT_SCALE_DOWN: Rules;
/** The behavior with every unset field defaulted. */
export declare function defaultBehavior(b: HPABehavior | undefined): {
    scaleUp: Rules;
    scaleDown: Rules;
};
export interface TimestampedRecommendation {
    readonly replicas: number;
    readonly at: Millis;
}
export interface ScaleEvent {
    readonly change: number;
    readonly at: Millis;
}
/**
 * horizontal.go stabilizeRecommendationWithBehaviors: the current count moves up only to the
 * lowest recommendation within the scale-up window and down only to the highest within the
 * scale-down window. Returns the stabilized count and the recommendations to keep.
 */
export declare function stabilizeRecommendation(recs: readonly TimestampedRecommendation[], desired: number, current: number, up: Rules, down: Rules, now: Millis): {
    replicas: number;
    recommendations: TimestampedRecommendation[];
    reason: string;
    message: string;
};
/** horizontal.go calculateScaleUpLimitWithScalingRules. */
export declare function calculateScaleUpLimit(current: number, upEvents: readonly ScaleEvent[], rules: Rules, now: Millis): number;
/** horizontal.go calculateScaleDownLimitWithBehaviors. */
export declare function calculateScaleDownLimit(current: number, downEvents: readonly ScaleEvent[], upEvents: readonly ScaleEvent[], rules: Rules, now: Millis): number;
/** horizontal.go convertDesiredReplicasWithBehaviorRate: min/max and the scaling policies' rate. */
export declare function convertDesiredReplicasWithBehaviorRate(a: {
    desired: number;
    current: number;
    min: number;
    max: number;
    up: Rules;
    down: Rules;
    upEvents: readonly ScaleEvent[];
    downEvents: readonly ScaleEvent[];
    now: Millis;
}): {
    replicas: number;
    reason: string;
    message: string;
};
export {};
