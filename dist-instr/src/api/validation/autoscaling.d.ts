import { type Obj, type Problems } from './common.js';
/** autoscaling/validation: MaxPeriodSeconds and MaxStabilizationWindowSeconds. */
export declare const MAX_PERIOD_SECONDS = 1800;
export declare const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
export declare function validateHorizontalPodAutoscaler(p: Problems, o: Obj): void;
