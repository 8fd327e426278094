import type { ComponentFactory } from '../engine/simulation.js';
import type { ClusterEvent } from '../events/index.js';
import type { Scenario } from '../scenario/types.js';
import { Pacer } from './clock.js';
import { ServedCluster } from './cluster.js';
import type { ServeContext } from './context.js';
import { LiveDriver, ReplayDriver, type Driver } from './drivers.js';
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

function session(driver: Driver, wire: (c: ServedCluster) => void, startTime: number, sourceFile: string,
  o: SessionOptions): Session {
  const cluster = new ServedCluster(driver);
  wire(cluster);
  cluster.advanceTo(o.at ?? 0);
  const ctx: ServeContext = { cluster, startTime, printerFor: o.printerFor(startTime), sourceFile };
  const pacer = new Pacer(cluster, o.speed, o.paused, o.wallNow);
  return { ctx, pacer, cluster, stop: () => driver.stop(cluster.now) };
}

/** A live session of a scenario: the simulation runs as the clock moves; writes are accepted. */
export function liveSession(scenario: Scenario, sim: { components: readonly ComponentFactory[]; options?: Record<string,
  unknown>; keepLog: boolean; sourceFile: string }, o: SessionOptions): Session {
  let target: ServedCluster | undefined;
  const driver = new LiveDriver(scenario, sim, (events, state, seq) => target?.onBatch(events, state, seq));
  return session(driver, (c) => { target = c; }, scenario.startTime, sim.sourceFile, { ...o, at: o.at ?? 0 });
}

/** A read-only session of a recorded log: the clock moves through its facts. */
export function replaySession(events: readonly ClusterEvent[], startTime: number, o: SessionOptions): Session {
  let target: ServedCluster | undefined;
  const driver = new ReplayDriver(events, (es, state, seq) => target?.onBatch(es, state, seq));
  return session(driver, (c) => { target = c; }, startTime, '', o);
}
