import type { Command } from 'commander';
/**
 * `kubesim verify run.jsonl`: only the log's checks (the hash chain, or with --log-key-file the
 * keyed chain; every fact against its type's fields; a possible history), no state rebuilt.
 */
export declare function registerVerify(program: Command): void;
