import type { ComponentFactory } from '../engine/simulation.js';
import type { ClusterEvent } from '../events/index.js';
import type { Scenario } from '../scenario/types.js';
import { Pacer } from './clock.js';
import { ServedCluster } from './cluster.js';
import type { ServeContext } from './context.js';
import type { Printer } from './table.js';
export interface SessionOptions {
    readonly at?: number;
    readonly speed: number;
    readonly paused: boolean;
    readonly wallNow: () => number;
    readonly printerFor: (startTime: number) => (resource: string) => Printer;
}
export interface Session {
    readonly ctx: ServeContext;
    readonly pacer: Pacer;
    readonly cluster: ServedCluster;
    /** Ends the simulation at the current instant; the log lines when one was kept. */
    stop(): string[] | undefined;
}
/** A live session of a scenario: the simulation runs as the clock moves; writes are accepted. */
export declare function liveSession(scenario: Scenario, sim: {
    components: readonly ComponentFactory[];
    options?: Record<string, unknown>;
    keepLog: boolean;
    sourceFile: string;
}, o: SessionOptions): Session;
/** A read-only session of a recorded log: the clock moves through its facts. */
export declare function replaySession(events: readonly ClusterEvent[], startTime: number, o: SessionOptions): Session;
