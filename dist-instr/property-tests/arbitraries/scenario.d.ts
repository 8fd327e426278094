import fc from 'fast-check';
import type { FaultKind } from '../../src/fuzz/types.js';
export declare const MANIFEST_KINDS: readonly ["Pod", "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ConfigMap"];
export type ManifestKind = (typeof MANIFEST_KINDS)[number];
/** Up to `slots` manifests of the given kinds, named w0, w1, ... (each slot shrinks to empty). */
export declare const manifests: (kinds?: readonly ManifestKind[], slots?: number) => fc.Arbitrary<Record<string, unknown>[]>;
export interface ScenarioArbOptions {
    readonly kinds?: readonly ManifestKind[];
    readonly faults?: readonly FaultKind[];
    readonly until?: number;
    readonly maxFaults?: number;
    readonly behaviors?: boolean;
}
/**
 * A whole scenario document (YAML-able, manifests inline): a cluster, manifests, behaviours for
 * some of them and a fault timeline resolved against the cluster's node names.
 */
export declare const scenarioDoc: (o?: ScenarioArbOptions) => fc.Arbitrary<Record<string, unknown>>;
