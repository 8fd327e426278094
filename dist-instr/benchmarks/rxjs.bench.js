import { BehaviorSubject, Subject, scan } from 'rxjs';
import { runScenario } from '../src/engine/run.js';
import { setAutoFreeze } from '../src/reducers/immer.js';
import { median } from './harness.js';
import { pipelineScenario } from './pipeline.js';
/**
 * What routing the facts through rxjs costs (docs/architecture.md, "Why rxjs carries the facts"):
 * the engine publishes each applied batch on a Subject, folded into the state by `scan` into a
 * BehaviorSubject. This measures that hop per batch against a plain function call with the same
 * (trivial) fold, in CPU time, and counts the batches of pipeline.small to size the hop's share.
 */
const BATCHES = 1_000_000;
const cpuMs = (fn) => {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
};
function viaRxjs() {
    const facts$ = new Subject();
    const state$ = new BehaviorSubject(0);
    facts$.pipe(scan((s, b) => s + b.length, 0)).subscribe(state$);
    const batch = [1];
    for (let i = 0; i < BATCHES; i++)
        facts$.next(batch);
    if (state$.value !== BATCHES)
        throw new Error('lost a batch');
}
function direct() {
    let state = 0;
    const fold = (s, b) => s + b.length;
    const batch = [1];
    for (let i = 0; i < BATCHES; i++)
        state = fold(state, batch);
    if (state !== BATCHES)
        throw new Error('lost a batch');
}
export const benches = [{
        name: 'rxjs.facts',
        group: 'rxjs',
        run() {
            const runs = 7;
            viaRxjs();
            direct();
            const rx = median(Array.from({ length: runs }, () => cpuMs(viaRxjs)));
            const plain = median(Array.from({ length: runs }, () => cpuMs(direct)));
            const hopNs = ((rx - plain) * 1e6) / BATCHES;
            // pipeline.small (100 nodes, 1,000 pods): how many batches, and its own CPU time.
            const scenario = pipelineScenario(100, 1000, 100);
            setAutoFreeze(false);
            let batches = 0, events = 0;
            try {
                runScenario(scenario);
                const pipeMs = median(Array.from({ length: 3 }, () => cpuMs(() => {
                    batches = 0;
                    events = runScenario(scenario, { attach: (sim) => { sim.batches$.subscribe(() => { batches++; }); } }).events;
                })));
                const sharePct = +(((batches * hopNs) / 1e6 / pipeMs) * 100).toFixed(3);
                return {
                    lines: [{ bench: 'rxjs.facts', batches: BATCHES, runs, rxjsCpuMs: +rx.toFixed(1), directCpuMs: +plain.toFixed(1),
                            hopNsPerBatch: +hopNs.toFixed(1), pipelineSmall: { events, batches, cpuMs: +pipeMs.toFixed(1), sharePct } }],
                    metrics: { 'rxjs.facts.hop_ns_per_batch': +hopNs.toFixed(1), 'rxjs.facts.pipeline_small_share_pct': sharePct },
                };
            }
            finally {
                setAutoFreeze(true);
            }
        },
    }];
