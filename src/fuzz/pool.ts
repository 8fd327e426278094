import { Piscina } from 'piscina';
import type { CaseResult, WorkerTask } from './worker.js';

/**
 * Runs tasks on `threads` worker threads (piscina) and returns their results in task order,
 * whatever order they finish in. `onDone` sees each finished task.
 */
export async function runOnPool(workerFile: string | URL, threads: number, tasks: readonly WorkerTask[],
  onDone: (r: CaseResult[]) => void): Promise<CaseResult[][]> {
  const pool = new Piscina<WorkerTask, CaseResult[]>({ filename: workerFile.toString(), minThreads: threads,
    maxThreads: threads, idleTimeout: 100 });
  try {
    return await Promise.all(tasks.map((t) => pool.run(t).then((r) => { onDone(r); return r; })));
  } finally {
    await pool.destroy();
  }
}
