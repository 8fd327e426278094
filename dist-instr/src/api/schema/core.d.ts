import { type Schema } from './schema.js';
export declare const envVar: Schema;
export declare const envFromSource: Schema;
export declare const containerPort: Schema;
export declare const volumeMount: Schema;
export declare const resourceList: Schema;
export declare const resourceRequirements: Schema;
export declare const probe: Schema;
export declare const lifecycleHandler: Schema;
export declare const lifecycle: Schema;
/** core/v1 SecurityContext (container). Identity and privilege fields are shown; kernel policy is not simulated. */
export declare const securityContext: Schema;
/** core/v1 PodSecurityContext. */
export declare const podSecurityContext: Schema;
export declare const container: Schema;
/**
 * core/v1 Volume. emptyDir, configMap, secret, persistentVolumeClaim (and the descriptive
 * hostPath, projected, downwardAPI) are accepted; the many storage back-ends are warnings.
 */
export declare const volume: Schema;
export declare const nodeSelectorTerm: Schema;
export declare const affinity: Schema;
export declare const toleration: Schema;
export declare const topologySpreadConstraint: Schema;
/** core/v1 PodSpec. */
export declare const podSpec: Schema;
export declare const podTemplateSpec: Schema;
export declare const pod: Schema;
/** A Node manifest: capacity and allocatable come from `status`, as the kubelet would report them. */
export declare const node: Schema;
export declare const configMap: Schema;
export declare const secret: Schema;
export declare const namespace: Schema;
export declare const persistentVolumeClaimSpec: Schema;
export declare const persistentVolumeClaim: Schema;
export declare const replicationController: Schema;
export declare const service: Schema;
/** core/v1 ResourceQuota: hard limits per namespace, optionally for a scope of pods. */
export declare const resourceQuota: Schema;
/** core/v1 LimitRange: per-Container, per-Pod and per-claim bounds and defaults in a namespace. */
export declare const limitRange: Schema;
export declare const CORE_SCHEMAS: Readonly<Record<string, Schema>>;
