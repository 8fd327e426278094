import { CONTAINER_EVENT_TYPES } from './container.js';
import { NODE_EVENT_TYPES } from './node.js';
import { POD_EVENT_TYPES } from './pod.js';
import { PROBE_EVENT_TYPES } from './probe.js';
import { SCENARIO_EVENT_TYPES } from './scenario.js';
import { WORKLOAD_EVENT_TYPES } from './workload.js';
import { SCHEDULING_EVENT_TYPES } from './scheduling.js';
export * from '../api/ids.js';
/** The complete list of event types, checked by the compiler against the union. */
export const EVENT_TYPES = {
    ...SCENARIO_EVENT_TYPES, ...NODE_EVENT_TYPES, ...POD_EVENT_TYPES, ...CONTAINER_EVENT_TYPES,
    ...PROBE_EVENT_TYPES, ...WORKLOAD_EVENT_TYPES, ...SCHEDULING_EVENT_TYPES,
};
export const isEventType = (s) => Object.prototype.hasOwnProperty.call(EVENT_TYPES, s);
/** A type guard rxjs's `filter` can narrow with: `events$.pipe(filter(ofType('PodScheduled')))`. */
export const ofType = (...types) => (e) => types.includes(e.type);
export function assertNever(x) {
    throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
