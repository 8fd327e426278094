import type { Condition, KubeObject } from '../../api/types.js';
import type { ComponentContext } from '../../decider/component.js';
import type { Millis } from '../../api/ids.js';
import type { Scenario } from '../../scenario/types.js';
import { ControllerComponent, type ControllerDef } from '../controller.js';
import { type HPABehavior } from './hpaBehavior.js';
import { type MetricSpec } from './metricReplicas.js';
/** --horizontal-pod-autoscaler-sync-period default 15 s. */
export declare const HPA_SYNC_PERIOD_MS = 15000;
/** pkg/apis/autoscaling/v1/defaults.go and v2: targetCPUUtilizationPercentage 80 when no metric is given. */
export declare const DEFAULT_CPU_UTILIZATION = 80;
export interface HPASpec {
    readonly scaleTargetRef: {
        readonly kind: string;
        readonly name: string;
        readonly apiVersion?: string;
    };
    readonly minReplicas?: number;
    readonly maxReplicas: number;
    readonly metrics?: readonly MetricSpec[];
    readonly targetCPUUtilizationPercentage?: number;
    readonly behavior?: HPABehavior;
}
export type HorizontalPodAutoscaler = KubeObject & {
    readonly spec: HPASpec;
    readonly status?: {
        readonly conditions?: readonly Condition[];
        readonly lastScaleTime?: Millis;
    } & Record<string, unknown>;
};
/** The metrics an HPA asks for: v1's targetCPUUtilizationPercentage, v2's metrics, or CPU at 80%. */
export declare function metricSpecs(hpa: HorizontalPodAutoscaler): readonly MetricSpec[];
/**
 * The horizontal pod autoscaler (pkg/controller/podautoscaler/horizontal.go,
 * reconcileAutoscaler): every sync period it reads the target's scale, computes a replica count
 * per metric (replica_calculator.go), takes the largest, stabilizes it and limits its rate with
 * the behavior policies, clamps to min/max and, when it differs, patches the target's
 * spec.replicas. Facts only on change: status writes are skipped when nothing moved.
 */
export declare function makeHorizontalController(): ControllerDef;
export declare const horizontalPodAutoscalerController: {
    name: string;
    create: (s: Scenario, ctx: ComponentContext) => ControllerComponent;
};
