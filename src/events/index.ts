import { CONTAINER_EVENT_TYPES, type ContainerEvent } from './container.js';
import { NODE_EVENT_TYPES, type NodeEvent } from './node.js';
import { POD_EVENT_TYPES, type PodEvent } from './pod.js';
import { PROBE_EVENT_TYPES, type ProbeEvent } from './probe.js';
import { SCENARIO_EVENT_TYPES, type ScenarioEvent } from './scenario.js';
import { WORKLOAD_EVENT_TYPES, type WorkloadEvent } from './workload.js';
import { SCHEDULING_EVENT_TYPES, type SchedulingEvent } from './scheduling.js';

export type * from './container.js';
export type * from './node.js';
export type * from './pod.js';
export type * from './probe.js';
export type * from './scenario.js';
export type * from './workload.js';
export type * from './scheduling.js';
export * from '../api/ids.js';

/** Every fact kubesim records: the only thing in the log, the only input of the reducers. */
export type ClusterEvent = ScenarioEvent | NodeEvent | PodEvent | ContainerEvent | ProbeEvent | WorkloadEvent
  | SchedulingEvent;
export type EventType = ClusterEvent['type'];
export type EventOf<T extends EventType> = Extract<ClusterEvent, { type: T }>;

/** The complete list of event types, checked by the compiler against the union. */
export const EVENT_TYPES: Record<EventType, true> = {
  ...SCENARIO_EVENT_TYPES, ...NODE_EVENT_TYPES, ...POD_EVENT_TYPES, ...CONTAINER_EVENT_TYPES,
  ...PROBE_EVENT_TYPES, ...WORKLOAD_EVENT_TYPES, ...SCHEDULING_EVENT_TYPES,
};

export const isEventType = (s: string): s is EventType => Object.prototype.hasOwnProperty.call(EVENT_TYPES, s);

/** A type guard rxjs's `filter` can narrow with: `events$.pipe(filter(ofType('PodScheduled')))`. */
export const ofType = <T extends EventType>(...types: readonly T[]) =>
  (e: ClusterEvent): e is EventOf<T> => (types as readonly EventType[]).includes(e.type);

export function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
