import type { Command } from 'commander';
import { replay } from '../../engine/replay.js';
import { readLog } from './replay.js';
/** The state of a log at `--at` (its end without), refusing an instant past the log's last fact. */
export declare function logAt(file: string, atText: string | undefined): {
    log: ReturnType<typeof readLog>;
    state: ReturnType<typeof replay>;
};
/**
 * Like logAt, for a view that needs no facts before `--at` (every kind but events): the state
 * comes from the log's nearest checkpoint when it has them.
 */
export declare function stateOnlyAt(file: string, atText: string | undefined): {
    events: ReturnType<typeof readLog>['events'];
    state: ReturnType<typeof replay>;
};
export declare function registerGet(program: Command): void;
