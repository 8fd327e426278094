/** autoscaling defaults, after pkg/apis/autoscaling/v2/defaults.go and v1/defaults.go. Pure. */
import type { KubeObject } from '../types.js';
/** pkg/apis/autoscaling/types.go DefaultCPUUtilization. */
export declare const DEFAULT_CPU_UTILIZATION = 80;
/**
 * scaleDown.stabilizationWindowSeconds stays unset in the API; the controller then uses
 * --horizontal-pod-autoscaler-downscale-stabilization, default 5m
 * (pkg/controller/podautoscaler/config/v1alpha1/defaults.go).
 */
export declare const DEFAULT_DOWNSCALE_STABILIZATION_SECONDS = 300;
/** v2 defaults.go defaultHPAScaleUpRules / defaultHPAScaleDownRules. */
export declare const HPA_SCALE_UP_DEFAULTS: {
    readonly stabilizationWindowSeconds: 0;
    readonly selectPolicy: "Max";
    readonly policies: readonly [{
        readonly type: "Pods";
        readonly value: 4;
        readonly periodSeconds: 15;
    }, {
        readonly type: "Percent";
        readonly value: 100;
        readonly periodSeconds: 15;
    }];
};
export declare const HPA_SCALE_DOWN_DEFAULTS: {
    readonly selectPolicy: "Max";
    readonly policies: readonly [{
        readonly type: "Percent";
        readonly value: 100;
        readonly periodSeconds: 15;
    }];
};
/**
 * HPA defaults: minReplicas 1; autoscaling/v2 without metrics gets CPU Utilization 80%; a given
 * `behavior` is completed with the default scaleUp/scaleDown rules (GenerateHPAScaleUpRules...).
 * autoscaling/v1 keeps targetCPUUtilizationPercentage unset (the controller uses 80).
 */
export declare function defaultHorizontalPodAutoscaler<T extends KubeObject>(o: T): T;
