import type { Command } from 'commander';
import { parseLog } from '../../engine/log.js';
/** The key of a keyed log chain (--log-key-file): the file's bytes, which must not be empty. */
export declare function readLogKey(path: string | undefined): Uint8Array | undefined;
/**
 * Reads and verifies a log file (chain, every fact's schema, a possible history); errors name the file and the line.
 */
export declare function readLog(path: string, keyFile?: string, hashes?: string[]): ReturnType<typeof parseLog>;
export declare function registerReplay(program: Command): void;
