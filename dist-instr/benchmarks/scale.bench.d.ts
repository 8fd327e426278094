import type { Bench } from './harness.js';
/**
 * `npm run bench -- scale`: the full-scale day (scaleDay.ts) in a child process of its own (its peak
 * RSS is the day's), with an 8 GiB heap limit: the target is 6,000 MB of RSS. The day writes its log
 * to disk as it runs, with a checkpoint every SCALE_DAY_CHECKPOINT_EVERY facts beside it (issue 17
 * item 5), and `replay.at_checkpoint.ms` is `kubesim replay LOG --at 12h` on that log: the middle
 * of the day. KUBESIM_BENCH_SKIP_SCALE=1 leaves it out of a full `npm run bench`;
 * KUBESIM_SCALE_LOG_DIR=DIR keeps the log and its checkpoints in DIR (else a removed temp dir);
 * KUBESIM_SCALE_FRACTION=0.1 runs a tenth of the day's nodes and Deployments, reported as
 * `scale.fraction.*`, never as the day's figures.
 */
export declare const benches: Bench[];
