import { type ContainerEvent } from './container.js';
import { type NodeEvent } from './node.js';
import { type PodEvent } from './pod.js';
import { type ProbeEvent } from './probe.js';
import { type ScenarioEvent } from './scenario.js';
import { type WorkloadEvent } from './workload.js';
import { type SchedulingEvent } from './scheduling.js';
export type * from './container.js';
export type * from './node.js';
export type * from './pod.js';
export type * from './probe.js';
export type * from './scenario.js';
export type * from './workload.js';
export type * from './scheduling.js';
export * from '../api/ids.js';
/** Every fact kubesim records: the only thing in the log, the only input of the reducers. */
export type ClusterEvent = ScenarioEvent | NodeEvent | PodEvent | ContainerEvent | ProbeEvent | WorkloadEvent | SchedulingEvent;
export type EventType = ClusterEvent['type'];
export type EventOf<T extends EventType> = Extract<ClusterEvent, {
    type: T;
}>;
/** The complete list of event types, checked by the compiler against the union. */
export declare const EVENT_TYPES: Record<EventType, true>;
export declare const isEventType: (s: string) => s is EventType;
/** A type guard rxjs's `filter` can narrow with: `events$.pipe(filter(ofType('PodScheduled')))`. */
export declare const ofType: <T extends EventType>(...types: readonly T[]) => (e: ClusterEvent) => e is EventOf<T>;
export declare function assertNever(x: never): never;
