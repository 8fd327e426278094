import { fail } from '../io.js';
import { readLog, readLogKey } from './replay.js';
import { verifyCheckpoints } from '../checkpoints.js';
/**
 * `kubesim verify run.jsonl`: only the log's checks (the hash chain, or with --log-key-file the
 * keyed chain; every fact against its type's fields; a possible history), no state rebuilt.
 */
export function registerVerify(program) {
    program
        .command('verify')
        .description('check a log without replaying it: hash chain, every fact\'s fields, a possible history (exit 2 naming the line)')
        .argument('<log>', 'a log written by kubesim run --log')
        .option('--log-key-file <file>', 'the key of a keyed hash chain (run --log-key-file)')
        .action((file, o) => {
        try {
            const hashes = [];
            const log = readLog(file, o.logKeyFile, hashes);
            const keyed = log.header.chain === 'hmac-sha256';
            const checkpoints = verifyCheckpoints(file, log.events, hashes, readLogKey(o.logKeyFile));
            process.stdout.write(`${file}: ok: ${log.events.length} events, ${keyed ? 'keyed (HMAC-SHA-256) ' : ''}hash chain intact, log ` +
                `hash ${log.hash}${checkpoints ? `; ${checkpoints} checkpoints equal the replay of the facts before ` +
                    `them` : ''}\n`);
        }
        catch (err) {
            fail(err);
        }
    });
}
