/**
 * Runs one pipeline scenario alone in this process and prints one JSON line (events, wall and CPU
 * ms, peak RSS); run with --trace-gc, the parent reads the bytes allocated
 * (allocation.ts). Used for profiling (`node --cpu-prof
 * dist/benchmarks/pipelineChild.js 5000 150000 500`) and by the engine benchmark, so that the
 * large run's peak RSS is its own.
 */
import { runScenario } from '../src/engine/run.js';
import { setAutoFreeze } from '../src/reducers/immer.js';
import { peakRssMb } from './harness.js';
import { pipelineScenario } from './pipeline.js';
const [nodes, pods, perSecond] = process.argv.slice(2).map(Number);
const scenario = pipelineScenario(nodes, pods, perSecond);
setAutoFreeze(false);
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const events = runScenario(scenario).events;
const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${JSON.stringify({
    nodes, pods, events, wallMs: Math.round(wallMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    eventsPerS: Math.round(events / (wallMs / 1000)), peakRssMb: peakRssMb(),
})}\n`);
