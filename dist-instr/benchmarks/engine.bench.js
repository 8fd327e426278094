import { EventQueue } from '../src/clock/eventQueue.js';
import { Rng } from '../src/clock/rng.js';
import { runScenario } from '../src/engine/run.js';
import { setAutoFreeze } from '../src/reducers/immer.js';
import { median, peakRssMb, timeRuns } from './harness.js';
import { pipelineScenario } from './pipeline.js';
/** Hold model: 100,000 pending events; each step pops the earliest and pushes one later. */
function queueHold(pending, steps) {
    return () => {
        const rng = new Rng(1);
        const q = new EventQueue(pending + 16);
        for (let i = 0; i < pending; i++)
            q.push(rng.int(0, 1_000_000), i);
        let sink = 0;
        for (let i = 0; i < steps; i++) {
            const e = q.pop();
            sink += e.item;
            q.push(e.at + 1 + ((i * 7919) % 100_000), i);
        }
        if (sink < 0)
            throw new Error('unreachable');
    };
}
export const benches = [
    {
        name: 'queue.hold',
        group: 'engine',
        run() {
            const pending = 100_000, steps = 1_000_000, runs = 7;
            const ms = median(timeRuns(queueHold(pending, steps), runs));
            const eps = Math.round(steps / (ms / 1000));
            return { lines: [{ bench: 'queue.hold', pending, n: steps, runs, medianMs: +ms.toFixed(1), opsPerSec: eps, seed: 1 }], metrics: { 'queue.events_per_s': eps } };
        },
    },
];
function pipeline(nodes, pods, perSecond, runs, autoFreeze) {
    const scenario = pipelineScenario(nodes, pods, perSecond);
    let events = 0;
    setAutoFreeze(autoFreeze);
    try {
        const ms = median(timeRuns(() => { events = runScenario(scenario).events; }, runs, runs > 1 ? 1 : 0));
        return { ms, events, eps: Math.round(events / (ms / 1000)) };
    }
    finally {
        setAutoFreeze(true);
    }
}
benches.push({
    name: 'pipeline',
    group: 'engine',
    run() {
        // Auto-freeze off is what the headline figures use: measured here it costs 1.2-2x on the
        // pipeline (immer deep-freezes every new pod). Tests keep it on; both variants are printed.
        const smallFrozen = pipeline(100, 1000, 100, 7, true);
        const small = pipeline(100, 1000, 100, 7, false);
        const large = pipeline(5000, 150_000, 500, 1, false);
        const rss = peakRssMb();
        const line = (name, nodes, pods, r, runs, autoFreeze) => ({ bench: name, nodes, pods, events: r.events, runs, medianMs: +r.ms.toFixed(1), opsPerSec: r.eps, seed: 1, autoFreeze });
        return {
            lines: [
                line('pipeline.small', 100, 1000, smallFrozen, 7, true),
                line('pipeline.small', 100, 1000, small, 7, false),
                { ...line('pipeline.large', 5000, 150_000, large, 1, false), peakRssMb: rss },
            ],
            metrics: {
                'pipeline.small.events_per_s': small.eps,
                'pipeline.small.autofreeze.events_per_s': smallFrozen.eps,
                'pipeline.large.events_per_s': large.eps,
                'pipeline.large.peak_rss_mb': rss,
                'pipeline.large_vs_small.slowdown_per_event': +(small.eps / large.eps).toFixed(2),
            },
        };
    },
});
