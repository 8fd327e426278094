export declare const ROOT: string;
export declare const CLI: string;
/**
 * Compiles dist/ once per test run (CLI tests spawn the compiled CLI; worker threads need JS).
 * Test files run in parallel, so a lock directory makes the others wait for the one building.
 */
export declare function buildDist(): void;
/** Runs the compiled CLI; returns exit code, stdout and stderr. */
export declare function kubesim(args: readonly string[], cwd: string): {
    code: number;
    stdout: string;
    stderr: string;
};
