import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs } from '../src/cli/io.js';
import { runScenario } from '../src/engine/run.js';
import { loadScenario } from '../src/scenario/load.js';
import { TimedTraceReport } from '../src/trace/timedReport.js';
import { OPENB_CSV } from './openb.js';
import { peakRssMb } from './harness.js';
const OPENB = OPENB_CSV;
const SCENARIO = `apiVersion: kubesim/v1
kind: Scenario
metadata: {name: openb-timed}
trace:
  format: openb
  files: [${join(OPENB, 'openb_node_list_all_node.csv')}, ${join(OPENB, 'openb_pod_list_default.csv')}]
`;
/**
 * The whole openb default trace in timed mode (issue 12: under 10 s): 1,523 nodes, 8,152 pods
 * created and deleted at their trace times over 149 virtual days. Wall time covers the checking
 * pass over the files, and the run with the files read row by row as the clock reaches them.
 */
export const benches = [{
        name: 'trace.openbTimed',
        group: 'trace',
        run() {
            if (!existsSync(OPENB)) {
                process.stderr.write(`trace.openbTimed: SKIPPED, no openb trace at ${OPENB}\n`);
                return { lines: [{ bench: 'trace.openbTimed', skipped: `no trace at ${OPENB}` }], metrics: {} };
            }
            const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
            const fs = { ...nodeFs, read: (p) => (p === 'openb.yaml' ? SCENARIO : nodeFs.read(p)) };
            const { scenario } = loadScenario('openb.yaml', fs);
            const t1 = process.hrtime.bigint();
            const report = new TimedTraceReport();
            const r = runScenario(scenario, { attach: (sim) => {
                    sim.events$.subscribe(({ event }) => report.observe(event));
                } });
            const t2 = process.hrtime.bigint();
            const loadMs = Number(t1 - t0) / 1e6, runMs = Number(t2 - t1) / 1e6;
            const s = report.summary();
            const wall = (loadMs + runMs) / 1000;
            const c = process.cpuUsage(c0), cpu = +((c.user + c.system) / 1e6).toFixed(2);
            const eps = Math.round(r.events / (runMs / 1000));
            return {
                lines: [{
                        bench: 'trace.openbTimed', nodes: scenario.nodes.length, pods: s.pods, scheduled: s.scheduled,
                        virtualDays: +(r.state.time / 86_400_000).toFixed(1),
                        events: r.events, loadMs: Math.round(loadMs), runMs: Math.round(runMs), eventsPerSec: eps,
                        peakRssMb: peakRssMb(),
                        meanDelayS: +s.delay.mean.toFixed(2), traceMeanDelayS: +s.traceDelay.mean.toFixed(2),
                        pendingUntilDeleted: s.pendingUntilDeleted, cpu_s: cpu,
                    }],
                metrics: { 'trace.openb_timed.wall_s': +wall.toFixed(2), 'trace.openb_timed.cpu_s': cpu,
                    'trace.openb_timed.events_per_s': eps },
            };
        },
    }];
