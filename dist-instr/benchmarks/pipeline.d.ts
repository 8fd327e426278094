import type { Scenario } from '../src/scenario/types.js';
/**
 * A scenario built in code for the pipeline benchmarks: `nodes` nodes of 4 CPU / 32Gi / 110 pods
 * (scheduler_perf's standard node) and `pods` pods of 100m / 500Mi (its standard pod) arriving
 * `perSecond` at a time, one batch per virtual second. The pods are stamped from 50 templates
 * (50 apps), as pods of a large cluster are stamped from their controllers' templates: pods of
 * one template share its spec object.
 */
export declare function pipelineScenario(nodes: number, pods: number, perSecond: number, opts?: {
    prebound?: boolean;
}): Scenario;
