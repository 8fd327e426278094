export interface WatchOptions {
    /** Stop once the run has produced more facts than this. */
    readonly maxEvents?: number;
    /** Stop once the run has taken longer than this on the wall clock (ms). */
    readonly maxWallMs?: number;
    /** The virtual time the run goes to (for the percentage and ETA). */
    readonly until: number;
    /** Where progress goes; undefined: no progress line (stderr is not a terminal). */
    readonly tty?: {
        write(s: string): unknown;
        columns?: number;
    };
}
/**
 * The run's watcher (Simulation `watch`): the user's limits, and a progress line on a terminal
 * (virtual time reached, facts per second of wall time, ETA), redrawn at most 5 times a second
 * and erased when the run ends, so redirected output and logs never contain it.
 */
export declare function runWatcher(o: WatchOptions): {
    watch: (events: number, now: number) => string | undefined;
    done: () => void;
};
