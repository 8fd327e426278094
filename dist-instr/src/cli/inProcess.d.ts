export interface CliResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}
/**
 * Runs the kubesim CLI inside this process, as `kubesim ...args` would run: its exit code (what
 * process.exit or process.exitCode would have been), stdout and stderr. For the front-door fuzz
 * tests, where spawning a process per case would cost a second each. Not re-entrant: it swaps
 * process.exit and the two output streams' write for the duration of one call.
 */
export declare function runCliInProcess(args: readonly string[]): Promise<CliResult>;
