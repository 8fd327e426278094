import type { Bench } from './harness.js';
/**
 * `kubesim report` on the large pipeline's log (5,000 nodes, 150,000 pods): the log is written
 * first (not timed), then reading it, replaying it into the report's data and rendering the HTML
 * is timed, as the CLI does it. Targets: under 20 s and under 25 MB.
 */
export declare const benches: Bench[];
