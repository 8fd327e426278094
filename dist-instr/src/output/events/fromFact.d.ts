import type { ClusterEvent } from '../../events/index.js';
import { type KubeEventView } from '../kubeEvent.js';
/** An Event as a component records it: the view plus who reports it, about which object. */
export interface RecordedEvent extends KubeEventView {
    readonly involvedObject: {
        readonly kind: string;
        readonly namespace?: string;
        readonly name: string;
        readonly uid?: string;
        readonly apiVersion: string;
        readonly fieldPath?: string;
    };
    /** source.component / reportingController: kubelet, default-scheduler, replicaset-controller, ... */
    readonly component: string;
    /** True when a Kubernetes component emits this Event; false for kubesim's own notes (faults, warnings). */
    readonly real: boolean;
    /**
     * Recorded through events.k8s.io/v1 (the scheduler): eventTime and reportingInstance instead of count and timestamps.
     */
    readonly newApi: boolean;
}
/** What the recorder knows of a pod when an event about it is written: its node and init container names. */
export interface PodFacts {
    readonly node?: string;
    readonly initContainers: ReadonlySet<string>;
}
/** The Event a fact makes a component record, if any; the kubelet's about a pod name its node (source.host). */
export declare function recordedEvent(e: ClusterEvent, pod?: PodFacts): (RecordedEvent & {
    readonly host?: string;
}) | undefined;
