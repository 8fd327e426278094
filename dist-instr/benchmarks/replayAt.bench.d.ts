import type { Bench } from './harness.js';
/**
 * A day of rollouts as a scenario: `deployments` Deployments of `replicas` pods on `nodes` nodes,
 * each rolled to a new image every 10 minutes (in turn) for `hours` virtual hours.
 */
export declare function rolloutDayYaml(nodes: number, deployments: number, replicas: number, hours: number): string;
/**
 * Issue #17: `kubesim replay LOG --at T` in the middle of a long log, as a user runs it (a fresh
 * process), from the nearest checkpoint (run --checkpoint-every) and, for comparison, from the
 * first fact (the same log without its checkpoints file). Both must print the same state. An
 * 8-hour rollout day of 100 nodes: quick to run; the issue's `replay.at_checkpoint.ms` is on the
 * scale day's log (scale.bench.ts).
 */
export declare const benches: Bench[];
