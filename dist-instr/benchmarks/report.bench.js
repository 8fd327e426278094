import { parseLog } from '../src/engine/log.js';
import { runScenario } from '../src/engine/run.js';
import { setAutoFreeze } from '../src/reducers/immer.js';
import { reportHtml } from '../src/output/report/html.js';
import { buildReportData } from '../src/output/report/reportData.js';
import { reportAssets } from '../src/cli/reportFile.js';
import { pipelineScenario } from './pipeline.js';
/** Scale of the report benchmark: KUBESIM_BENCH_REPORT_SCALE=0.2 for a fifth of the large pipeline. */
const SCALE = Number(process.env.KUBESIM_BENCH_REPORT_SCALE ?? '1');
/**
 * `kubesim report` on the large pipeline's log (5,000 nodes, 150,000 pods): the log is written
 * first (not timed), then reading it, replaying it into the report's data and rendering the HTML
 * is timed, as the CLI does it. Targets: under 20 s and under 25 MB.
 */
export const benches = [{
        name: 'report.150k',
        group: 'report',
        run() {
            const nodes = Math.round(5000 * SCALE), pods = Math.round(150_000 * SCALE);
            const lines = [];
            setAutoFreeze(false);
            try {
                runScenario(pipelineScenario(nodes, pods, 500), { writeLog: (l) => lines.push(l) });
            }
            finally {
                setAutoFreeze(true);
            }
            const text = lines.join('');
            lines.length = 0;
            setAutoFreeze(false);
            const t0 = performance.now(), cpu0 = process.cpuUsage();
            const log = parseLog(text);
            const t1 = performance.now(), cpu1 = process.cpuUsage(cpu0);
            const data = buildReportData(log.events, { scenario: log.header.scenario, seed: log.header.seed,
                startTime: log.header.startTime, hash: log.hash });
            const t2 = performance.now(), cpu2 = process.cpuUsage(cpu0);
            const html = reportHtml(data, reportAssets());
            const t3 = performance.now(), cpu = process.cpuUsage(cpu0);
            setAutoFreeze(true);
            const mb = +(Buffer.byteLength(html) / 1e6).toFixed(2), seconds = +((t3 - t0) / 1000).toFixed(2);
            return {
                lines: [{ bench: 'report.150k', nodes, pods, facts: log.events.length, seconds,
                        parseS: +((t1 - t0) / 1000).toFixed(2),
                        dataS: +((t2 - t1) / 1000).toFixed(2), htmlS: +((t3 - t2) / 1000).toFixed(2),
                        // CPU time (user + system) of the timed part: steadier than wall time on a shared machine.
                        cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(2),
                        cpuParseS: +((cpu1.user + cpu1.system) / 1e6).toFixed(2),
                        cpuDataS: +((cpu2.user + cpu2.system - cpu1.user - cpu1.system) / 1e6).toFixed(2), mb, scale: SCALE }],
                metrics: { 'report.150k.seconds': seconds, 'report.150k.mb': mb },
            };
        },
    }];
