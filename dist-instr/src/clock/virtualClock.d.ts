import type { Millis } from '../api/ids.js';
/** The simulation's clock: integer milliseconds that only move forward. */
export declare class VirtualClock {
    #private;
    get now(): Millis;
    advanceTo(t: Millis): void;
}
