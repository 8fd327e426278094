/**
 * `kubesim validate PATH` through the CLI entry, alone in this process, printing one JSON line
 * with its wall time, exit code and the process's peak RSS (validate.50mb in validation.bench.ts).
 */
import { runCliInProcess } from '../src/cli/inProcess.js';
import { peakRssMb } from './harness.js';
const t0 = process.hrtime.bigint();
const r = await runCliInProcess(['validate', process.argv[2]]);
const seconds = +(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2);
const summary = (r.code === 0 ? r.stdout : r.stderr || r.stdout).trim().split('\n').pop() ?? '';
process.stdout.write(`${JSON.stringify({ seconds, code: r.code, peakRssMb: peakRssMb(), summary })}\n`);
