import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadManifestText } from '../../scenario/load.js';
import { formatDuration } from '../../api/time.js';
import { formatProblem, ScenarioError } from '../../api/problems.js';
import { loadTrace, TRACE_FORMATS } from '../../trace/load.js';
import { CliError, fail, nodeFs } from '../io.js';
/**
 * `kubesim trace import FORMAT FILE... -o DIR`: checks every row of the trace files (each bad
 * one named file:line:column, exit 2) and writes DIR/scenario.yaml, whose `trace:` key reads
 * those files directly during the run. Nothing is expanded into YAML.
 */
export function registerTrace(program) {
    const trace = program.command('trace').description('import recorded traces (Alibaba GPU traces, SimKube, cluster snapshots)');
    trace
        .command('import')
        .description('check a trace and write a scenario that replays it')
        .argument('<format>', TRACE_FORMATS.join(' | '))
        .argument('<files...>', 'the trace files (e.g. a node list CSV and a pod list CSV)')
        .requiredOption('-o, --out <dir>', 'the scenario folder to write (DIR/scenario.yaml)')
        .action((format, files, o) => {
        try {
            if (!TRACE_FORMATS.includes(format))
                throw new CliError(`format: must be one of ${TRACE_FORMATS.join(', ')}, got ${format}`);
            const t = loadTrace(format, files, {
                chunks: (p) => nodeFs.chunks(p), bytes: (p) => nodeFs.bytes(p), manifests: loadManifestText,
            });
            for (const w of t.warnings)
                process.stderr.write(`warning: ${formatProblem(w)}\n`);
            if (t.problems.length)
                throw new ScenarioError(t.problems);
            const dir = resolve(o.out);
            mkdirSync(dir, { recursive: true });
            const scenario = {
                apiVersion: 'kubesim/v1',
                kind: 'Scenario',
                metadata: { name: `${format}-${basename(dir)}` },
                trace: { format, files: files.map((f) => relative(dir, resolve(f))) },
            };
            const out = `${dir}/scenario.yaml`;
            writeFileSync(out, stringify(scenario));
            const end = t.replay ? `, last step at ${formatDuration(t.replay.end)}` : '';
            const pods = t.replay?.pods !== undefined ? `, ${t.replay.pods} pods replayed` : '';
            process.stdout.write(`${format}: ${t.nodes.length} nodes, ${t.manifests.length} objects at t=0${pods}${end}\n`);
            process.stdout.write(`wrote ${relative(process.cwd(), out) || out}; run it with: kubesim run ` +
                `${relative(process.cwd(), out)} -q\n`);
        }
        catch (err) {
            fail(err);
        }
    });
}
