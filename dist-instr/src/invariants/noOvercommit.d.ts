import { type Invariant } from './types.js';
/**
 * The sum of the requests of the non-terminal pods bound to a node never exceeds its allocatable
 * (the NodeResourcesFit filter's promise, pkg/scheduler/framework/plugins/noderesources/fit.go),
 * for every resource the node declares, and the pod count never exceeds allocatable pods.
 */
export declare const noOvercommit: Invariant;
