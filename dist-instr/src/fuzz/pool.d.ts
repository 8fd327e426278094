import type { CaseResult, WorkerTask } from './worker.js';
/**
 * Runs tasks on `threads` worker threads (piscina) and returns their results in task order,
 * whatever order they finish in. `onDone` sees each finished task.
 */
export declare function runOnPool(workerFile: string | URL, threads: number, tasks: readonly WorkerTask[], onDone: (r: CaseResult[]) => void): Promise<CaseResult[][]>;
