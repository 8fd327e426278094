/**
 * Runs one day alone in this process and prints one JSON line: the controllers and scale
 * benchmarks start it as a child so that its peak RSS is the day's own, not the high-water mark
 * of whatever ran before it in the benchmark process. `dayChild.js scale` runs the scale day.
 */
import { FULL_DAY, runDay } from './controllers.bench.js';
import { peakRssMb } from './harness.js';
import { SCALE_DAY } from './scaleDay.js';

const r = runDay(process.argv[2] === 'scale' ? SCALE_DAY : FULL_DAY);
process.stdout.write(`${JSON.stringify({ ...r, peakRssMb: peakRssMb() })}\n`);
