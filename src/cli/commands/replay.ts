import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { unreadableReason } from '../walk.js';
import { parseLog } from '../../engine/log.js';
import { replay } from '../../engine/replay.js';
import { nodeTable, podTable } from '../../output/table.js';
import { workloadTables } from '../../output/workloadTables.js';
import { toApi } from '../../output/toApi.js';
import { formatDuration } from '../../api/time.js';
import { CliError, durationOption, fail, readText } from '../io.js';
import { LogError } from '../../engine/log.js';
import { stateFromCheckpoint } from '../checkpoints.js';

/** Logs are read up to V8's longest string (about 512 MiB), not the 16 MiB of a manifest. */
const MAX_LOG_BYTES = 512 * 1024 * 1024;

/** The key of a keyed log chain (--log-key-file): the file's bytes, which must not be empty. */
export function readLogKey(path: string | undefined): Uint8Array | undefined {
  if (path === undefined) return undefined;
  let key: Buffer;
  try { key = readFileSync(path); } catch (e) { throw new CliError(
    `--log-key-file: ${path}: ${unreadableReason(path, e)}`); }
  if (key.length === 0) throw new CliError(
    `--log-key-file: ${path} is empty: a key needs at least one byte (32 random bytes is usual)`);
  return key;
}

/**
 * Reads and verifies a log file (chain, every fact's schema, a possible history); errors name the file and the line.
 */
export function readLog(path: string, keyFile?: string, hashes?: string[]): ReturnType<typeof parseLog> {
  const key = readLogKey(keyFile);
  try { return parseLog(readText(path, MAX_LOG_BYTES), key, hashes); } catch (e) {
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
    .option('--log-key-file <file>', 'verify a keyed hash chain (HMAC-SHA-256) with this key')
    .action((file: string, o: { at?: string; output: string; logKeyFile?: string }) => {
      try {
        if (o.output !== 'text' && o.output !== 'json') throw new CliError(
          `--output: must be text or json, got ${o.output}`);
        const at = o.at !== undefined ? durationOption(o.at, '--at') : undefined;
        // Time travel starts from the nearest checkpoint when the log has them (run --checkpoint-every).
        const fromCheckpoint = at !== undefined ? stateFromCheckpoint(file, at, readLogKey(o.logKeyFile)) : undefined;
        const log = fromCheckpoint ?? readLog(file, o.logKeyFile);
        const state = fromCheckpoint?.state ?? replay((log as ReturnType<typeof readLog>).events, at);
        const count = fromCheckpoint?.events ?? (log as ReturnType<typeof readLog>).events.length;
        if (o.output === 'json') process.stdout.write(`${JSON.stringify(toApi(state), null, 2)}\n`);
        else {
          const workloads = workloadTables(state);
          process.stdout.write(`${nodeTable(state)}\n\n${podTable(state)}\n\n${workloads ? `${workloads}\n\n` : ''}` +
            `virtual time ${formatDuration(state.time)}, ${count} events, log hash ${log.hash}\n`);
        }
      } catch (err) { fail(err); }
    });
}
