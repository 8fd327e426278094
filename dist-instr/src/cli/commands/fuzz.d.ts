import type { Command } from 'commander';
/**
 * `i/n` with 0 <= i < n: the shard this process runs (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX / completions).
 */
export declare function parseShard(v: string): {
    index: number;
    count: number;
};
export declare function registerFuzz(program: Command): void;
