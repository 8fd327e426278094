import type { ServedCluster } from './cluster.js';
/**
 * The served virtual clock: paused, or moving at `speed` virtual seconds per wall second
 * (Infinity: as fast as the simulation runs, in slices), anchored at the last change so speed
 * and pauses never move it back. The wall clock is read through `wallNow` (the serve edge).
 */
export declare class Pacer {
    #private;
    readonly cluster: ServedCluster;
    speed: number;
    paused: boolean;
    private readonly wallNow;
    constructor(cluster: ServedCluster, speed: number, paused: boolean, wallNow: () => number);
    /** Moves the clock to where the wall clock says it is (called on a wall timer). */
    tick(): void;
    pause(): void;
    resume(): void;
    setSpeed(speed: number): void;
    /** Step, run until an instant, or until quiet: synchronous, then the wall anchor moves to the new time. */
    step(ms: number): void;
    runUntil(t: number): void;
    /** Runs while facts keep coming: stops after `window` of virtual time without a fact, or `limit` ahead. */
    runUntilQuiet(window?: number, limit?: number): void;
    /** The Clock resource of /apis/kubesim.io/v1/clock. */
    view(startTime: number): Record<string, unknown>;
    /** POST /apis/kubesim.io/v1/clock: {action: pause|resume|step|runUntil|quiet|speed, duration?, time?, speed?}. */
    control(body: unknown): void;
}
/** `--speed N` or `max`: virtual seconds per wall second. */
export declare function parseSpeed(v: unknown): number;
