import type { Command } from 'commander';
import { CliError, fail } from '../io.js';
import { readLogKey } from './replay.js';
import { CheckpointVerifier, openBytes } from '../checkpoints.js';
import { LogError, LogReader } from '../../engine/log.js';
import { textLines } from '../fileLines.js';

/**
 * `kubesim verify run.jsonl`: only the log's checks (the hash chain, or with --log-key-file the
 * keyed chain; every fact against its type's fields; a possible history), no state rebuilt
 * unless the log has checkpoints. The log is read as a stream (a day's log is gigabytes).
 */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'check a log without replaying it: hash chain, every fact\'s fields, a possible history (exit 2 naming the line)')
    .argument('<log>', 'a log written by kubesim run --log')
    .option('--log-key-file <file>', 'the key of a keyed hash chain (run --log-key-file)')
    .action((file: string, o: { logKeyFile?: string }) => {
      try {
        const key = readLogKey(o.logKeyFile);
        const lg = openBytes(file);
        try {
          const reader = new LogReader(key);
          const checkpoints = new CheckpointVerifier(file, key);
          for (const [text, last] of textLines(lg)) {
            const e = reader.line(text, last);
            if (e) checkpoints.fact(e, reader.facts, reader.hash);
          }
          const { header, hash } = reader.end();
          const n = checkpoints.end();
          const keyed = (header as { chain?: string }).chain === 'hmac-sha256';
          process.stdout.write(
            `${file}: ok: ${reader.facts} events, ${keyed ? 'keyed (HMAC-SHA-256) ' : ''}hash chain intact, log ` +
              `hash ${hash}${n ? `; ${n} checkpoints equal the replay of the facts before them` : ''}\n`);
        } catch (e) {
          if (e instanceof LogError) throw new CliError(`${file}: ${e.message}`);
          throw e;
        } finally { lg.close(); }
      } catch (err) { fail(err); }
    });
}
