import { loadFuzzBase } from '../src/fuzz/base.js';
import { fuzz } from '../src/fuzz/fuzz.js';
import { replicaSetScenarioYaml } from '../test-support/fuzz.js';
import { median } from './harness.js';
/**
 * Fuzz throughput: the same 3-node ReplicaSet scenario, seed and cases, run on 1 and 2 worker
 * threads. Workers load the compiled JS (dist/src/fuzz/worker.js and the dist plugin), so run
 * this through `npm run bench` (compiled), never from .ts. Nothing is shrunk (shrink: false):
 * this measures the search alone; the violations found are counted, not judged (on main, a node
 * lost before its pods start strands them: no node lifecycle controller yet).
 */
const RUNS = 1500;
const SEED = 1;
const plugin = new URL('../test-support/plugins/replicaSetFixed.js', import.meta.url).href;
const workerFile = new URL('../src/fuzz/worker.js', import.meta.url);
async function scenariosPerSecond(workers, repeats) {
    const text = replicaSetScenarioYaml({ until: '5m' });
    const { base } = loadFuzzBase('bench.yaml', { read: () => text, resolve: (_f, r) => r });
    const times = [];
    let failures = 0;
    for (let i = 0; i < repeats; i++) {
        const t0 = process.hrtime.bigint();
        const r = await fuzz(base, { runs: RUNS, seed: SEED, kinds: ['nodeLost'], maxOps: 3, setup: { invariants: [], plugins: [plugin] }, workers, workerFile, shrink: false });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (r.executed !== RUNS)
            throw new Error(`fuzz bench: expected ${RUNS} runs, got ${r.executed}`);
        failures = r.failures.length;
    }
    const ms = median(times);
    return { medianMs: +ms.toFixed(1), perSecond: Math.round(RUNS / (ms / 1000)), failures };
}
const bench = (workers) => ({
    name: `fuzz.workers${workers}`,
    group: 'fuzz',
    async run() {
        const repeats = 1;
        const r = await scenariosPerSecond(workers, repeats);
        return {
            lines: [{ bench: `fuzz.workers${workers}`, n: RUNS, runs: repeats, workers, medianMs: r.medianMs, scenariosPerSec: r.perSecond, casesWithViolations: r.failures, seed: SEED }],
            metrics: { [`fuzz.workers${workers}.scenarios_per_s`]: r.perSecond },
        };
    },
});
export const benches = [bench(1), bench(2)];
