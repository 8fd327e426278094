/**
 * Runs one day alone in this process and prints one JSON line: the controllers and scale
 * benchmarks start it as a child so that its peak RSS is the day's own, not the high-water mark
 * of whatever ran before it in the benchmark process. `dayChild.js scale [LOG EVERY]` runs the
 * scale day (KUBESIM_SCALE_FRACTION of it), writing its log to LOG as it goes with a checkpoint
 * every EVERY facts beside it.
 */
import { FULL_DAY, runDay } from './controllers.bench.js';
import { peakRssMb } from './harness.js';
import { scaleDayAt } from './scaleDay.js';
const [which, path, every] = process.argv.slice(2);
const r = runDay(which === 'scale' ? scaleDayAt(Number(process.env.KUBESIM_SCALE_FRACTION ?? 1)) : FULL_DAY, path ? { path, ...(every ? { checkpointEvery: Number(every) } : {}) } : undefined);
process.stdout.write(`${JSON.stringify({ ...r, peakRssMb: peakRssMb() })}\n`);
