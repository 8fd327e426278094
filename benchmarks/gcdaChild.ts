/**
 * The GCDA shape run as `kubesim run DIR/scenario.yaml --log FILE` runs it, alone in this process: load
 * (read, parse, validate the YAML files), run to the scenario's end writing the log, and one JSON line with
 * the phases' wall times, the events, the pods left Pending and the peak RSS (gcda in gcda.bench.ts).
 * `npm run build` bundles this file into one, as it bundles the command line (scripts/bundle.mjs).
 */
import { loadScenario } from '../src/scenario/load.js';
import { runScenario } from '../src/engine/run.js';
import { nodeFs } from '../src/cli/io.js';
import { fileSink } from '../src/cli/fileSink.js';
import { peakRssMb } from './harness.js';

const [scenarioFile, logFile] = process.argv.slice(2);
const seconds = (from: bigint) => +(Number(process.hrtime.bigint() - from) / 1e9).toFixed(3);
const t0 = process.hrtime.bigint();
// Process start: Node's own, then compiling and linking the modules (or the bundle) imported above.
const startS = +process.uptime().toFixed(3);
const startCpu = process.cpuUsage();
const startCpuS = +((startCpu.user + startCpu.system) / 1e6).toFixed(2);
const { scenario } = loadScenario(scenarioFile, nodeFs);
const loadS = seconds(t0);
const t1 = process.hrtime.bigint();
const sink = fileSink(logFile);
const result = runScenario(scenario, { writeLog: sink.write });
sink.close();
const runS = seconds(t1);
const pending = result.state.pods.values().filter((p) => p.status?.phase === 'Pending').length;
const cpu = process.cpuUsage();
const cpuS = +((cpu.user + cpu.system) / 1e6).toFixed(2);
process.stdout.write(`${JSON.stringify({ startS, startCpuS, loadS, runS, cpuS, events: result.events, pods: result.state.pods.size, pending,
  logHash: result.logHash, peakRssMb: peakRssMb() })}\n`);
