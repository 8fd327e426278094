import { Pacer } from './clock.js';
import { ServedCluster } from './cluster.js';
import { LiveDriver, ReplayDriver } from './drivers.js';
function session(driver, wire, startTime, sourceFile, o) {
    const cluster = new ServedCluster(driver);
    wire(cluster);
    cluster.advanceTo(o.at ?? 0);
    const ctx = { cluster, startTime, printerFor: o.printerFor(startTime), sourceFile };
    const pacer = new Pacer(cluster, o.speed, o.paused, o.wallNow);
    return { ctx, pacer, cluster, stop: () => driver.stop(cluster.now) };
}
/** A live session of a scenario: the simulation runs as the clock moves; writes are accepted. */
export function liveSession(scenario, sim, o) {
    let target;
    const driver = new LiveDriver(scenario, sim, (events, state, seq) => target?.onBatch(events, state, seq));
    return session(driver, (c) => { target = c; }, scenario.startTime, sim.sourceFile, { ...o, at: o.at ?? 0 });
}
/** A read-only session of a recorded log: the clock moves through its facts. */
export function replaySession(events, startTime, o) {
    let target;
    const driver = new ReplayDriver(events, (es, state, seq) => target?.onBatch(es, state, seq));
    return session(driver, (c) => { target = c; }, startTime, '', o);
}
