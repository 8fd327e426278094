/**
 * A core/v1 Event as the API server returns it (k8s.io/api/core/v1 Event), with virtual
 * milliseconds for times. Components that still use the old recorder (kubelet,
 * kube-controller-manager) set source, firstTimestamp, lastTimestamp and count; the scheduler
 * records through events.k8s.io/v1, which core/v1 shows with eventTime, action and
 * reportingComponent and without count or timestamps.
 */
export interface EventObject {
    readonly apiVersion: 'v1';
    readonly kind: 'Event';
    readonly metadata: {
        readonly name: string;
        readonly namespace: string;
        readonly creationTimestamp: number;
    };
    readonly involvedObject: {
        readonly kind: string;
        readonly namespace?: string;
        readonly name: string;
        readonly uid?: string;
        readonly apiVersion: string;
        readonly fieldPath?: string;
    };
    readonly reason: string;
    readonly message: string;
    readonly source: {
        readonly component?: string;
        readonly host?: string;
    };
    readonly firstTimestamp?: number;
    readonly lastTimestamp?: number;
    readonly count?: number;
    readonly eventTime?: number;
    /** events.k8s.io series of an event seen again (the scheduler's repeated FailedScheduling). */
    readonly series?: {
        readonly count: number;
        readonly lastObservedTime: number;
    };
    readonly action?: string;
    readonly type: 'Normal' | 'Warning';
    readonly reportingComponent: string;
    readonly reportingInstance: string;
}
/**
 * When the event was last seen: series.lastObservedTime, lastTimestamp, firstTimestamp, else eventTime (printEvent's
 * order).
 */
export declare const lastSeen: (e: EventObject) => number;
/** How often it was seen: series.count, else count, else 1 (a singleton of the new API). */
export declare const eventCount: (e: EventObject) => number;
/** When the event was first seen: firstTimestamp, else eventTime. */
export declare const firstSeen: (e: EventObject) => number;
