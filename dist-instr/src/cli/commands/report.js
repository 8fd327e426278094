import { CliError, fail } from '../io.js';
import { writeReport } from '../reportFile.js';
import { readLog } from './replay.js';
export function registerReport(program) {
    program
        .command('report')
        .description('write a self-contained HTML report of a log: summary, node timeline, curves, events, pods at any instant')
        .argument('<log>', 'a log written by kubesim run --log')
        .requiredOption('-o, --output <file>', 'the HTML file to write')
        .option('--samples <n>', 'curve samples over the run', '300')
        .action((file, o) => {
        try {
            const samples = Number(o.samples);
            if (!Number.isInteger(samples) || samples < 2)
                throw new CliError(`--samples: must be an integer of at least 2, got ${o.samples}`);
            const log = readLog(file);
            const meta = { scenario: log.header.scenario, seed: log.header.seed, startTime: log.header.startTime,
                hash: log.hash };
            const bytes = writeReport(o.output, log.events, meta, { samples });
            process.stderr.write(`wrote ${o.output} (${(bytes / 1e6).toFixed(1)} MB)\n`);
        }
        catch (err) {
            fail(err);
        }
    });
}
