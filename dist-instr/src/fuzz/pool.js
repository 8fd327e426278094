import { Piscina } from 'piscina';
/**
 * Runs tasks on `threads` worker threads (piscina) and returns their results in task order,
 * whatever order they finish in. `onDone` sees each finished task.
 */
export async function runOnPool(workerFile, threads, tasks, onDone) {
    const pool = new Piscina({ filename: workerFile.toString(), minThreads: threads,
        maxThreads: threads, idleTimeout: 100 });
    try {
        return await Promise.all(tasks.map((t) => pool.run(t).then((r) => { onDone(r); return r; })));
    }
    finally {
        await pool.destroy();
    }
}
