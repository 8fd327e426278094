import type { Command } from 'commander';
import { parseLog } from '../../engine/log.js';
import { replay } from '../../engine/replay.js';
import { nodeTable, podTable } from '../../output/table.js';
import { workloadTables } from '../../output/workloadTables.js';
import { toApi } from '../../output/toApi.js';
import { formatDuration } from '../../api/time.js';
import { CliError, durationOption, fail, readText } from '../io.js';
import { LogError } from '../../engine/log.js';

/** Reads and verifies a log file; errors name the file and the line. */
export function readLog(path: string): ReturnType<typeof parseLog> {
  try { return parseLog(readText(path)); } catch (e) {
    if (e instanceof LogError) throw new CliError(`${path}: ${e.message}`);
    throw e;
  }
}

export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('rebuild the state from a log alone (reducers only), at its end or at any virtual time')
    .argument('<log>', 'a log written by kubesim run --log')
    .option('--at <duration>', 'time travel: the state at this virtual time (e.g. 5m)')
    .option('-o, --output <format>', 'text (default) or json', 'text')
    .action((file: string, o: { at?: string; output: string }) => {
      try {
        if (o.output !== 'text' && o.output !== 'json') throw new CliError(
          `--output: must be text or json, got ${o.output}`);
        const log = readLog(file);
        const at = o.at !== undefined ? durationOption(o.at, '--at') : undefined;
        const state = replay(log.events, at);
        if (o.output === 'json') process.stdout.write(`${JSON.stringify(toApi(state), null, 2)}\n`);
        else process.stdout.write(
          `${nodeTable(state)}\n\n${podTable(state)}\n\n${workloadTables(state) ? `${workloadTables(state)}` +
            `\n\n` : ''}virtual time ${formatDuration(state.time)}, ${log.events.length} events, log hash ` +
              `${log.hash}\n`);
      } catch (err) { fail(err); }
    });
}
