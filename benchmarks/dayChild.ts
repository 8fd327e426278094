/**
 * Runs the full-size mixed-workload day alone in this process and prints one JSON line: the
 * controllers benchmark starts it as a child so that its peak RSS is the day's own, not the
 * high-water mark of whatever ran before it in the benchmark process.
 */
import { FULL_DAY, runDay } from './controllers.bench.js';
import { peakRssMb } from './harness.js';

const r = runDay(FULL_DAY);
process.stdout.write(`${JSON.stringify({ ...r, peakRssMb: peakRssMb() })}\n`);
