import type { TimelineAction } from '../scenario/types.js';
import type { Timer } from './outbox.js';
/**
 * A timeline action due: the scenario's, kubesim serve's, or one a component decided on at run
 * time and scheduled through its Outbox (the chaos monkey resolves "a random running pod" to one
 * pod at the fault's instant, then hands the concrete action on). The engine owns these timers
 * and asks the components in order to carry the action out.
 */
export type TimelineDue = Timer & {
    readonly kind: 'TimelineDue';
    readonly action: TimelineAction;
};
export declare const TIMELINE_DUE: "TimelineDue";
export declare const timelineDue: (action: TimelineAction) => TimelineDue;
export declare const isTimelineDue: (t: Timer) => t is TimelineDue;
