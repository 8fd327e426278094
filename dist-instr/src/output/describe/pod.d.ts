import type { Pod } from '../../api/types.js';
import type { EventObject } from '../events/eventObject.js';
/**
 * `kubectl describe pod` (describe.go describePod, kubectl 1.34) at virtual time `now`, with the
 * Events the components recorded about the pod (src/output/events).
 */
export declare function describePod(pod: Pod, events: readonly EventObject[], startTime: number, now: number): string;
