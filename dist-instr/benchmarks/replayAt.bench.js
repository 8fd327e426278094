import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * A day of rollouts as a scenario: `deployments` Deployments of `replicas` pods on `nodes` nodes,
 * each rolled to a new image every 10 minutes (in turn) for `hours` virtual hours.
 */
export function rolloutDayYaml(nodes, deployments, replicas, hours) {
    const lines = ['apiVersion: kubesim/v1', 'kind: Scenario', 'metadata: {name: rollout-day}', 'seed: 3',
        `until: ${hours}h`, 'nodes:', `  - {namePrefix: node-, count: ${nodes}, capacity: {cpu: "32", memory: 128Gi, ` +
            'pods: "110"}}', 'manifests:'];
    for (let d = 0; d < deployments; d++)
        lines.push(`  - {apiVersion: apps/v1, kind: Deployment, metadata: {name: ` +
            `web-${d}}, spec: {replicas: ${replicas}, selector: {matchLabels: {app: web-${d}}}, template: {metadata: ` +
            `{labels: {app: web-${d}}}, spec: {containers: [{name: c, image: "img:0", resources: {requests: {cpu: 100m, ` +
            'memory: 64Mi}}}]}}}}');
    lines.push('timeline:');
    for (let m = 10, k = 0; m < hours * 60; m += 10, k++)
        lines.push(`  - {at: ${m}m, setImage: {kind: Deployment, ` +
            `name: web-${k % deployments}, container: c, image: "img:${k + 1}"}}`);
    return `${lines.join('\n')}\n`;
}
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const timed = (args) => {
    const t0 = process.hrtime.bigint();
    const c = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
    if (c.status !== 0)
        throw new Error(`kubesim ${args.join(' ')} failed (${c.status}): ${c.stderr.slice(0, 500)}`);
    return { ms, stdout: c.stdout };
};
/**
 * Issue #17: `kubesim replay LOG --at T` in the middle of a long log, as a user runs it (a fresh
 * process), from the nearest checkpoint (run --checkpoint-every) and, for comparison, from the
 * first fact (the same log without its checkpoints file). Both must print the same state. An
 * 8-hour rollout day of 100 nodes: quick to run; the issue's `replay.at_checkpoint.ms` is on the
 * scale day's log (scale.bench.ts).
 */
export const benches = [
    {
        name: 'replay.rollout_day',
        group: 'replay',
        run() {
            const dir = mkdtempSync(join(tmpdir(), 'kubesim-replay-'));
            try {
                const hours = 8;
                writeFileSync(join(dir, 'scenario.yaml'), rolloutDayYaml(100, 8, 100, hours));
                const log = join(dir, 'run.jsonl');
                const run = timed(['run', join(dir, 'scenario.yaml'), '--log', log, '--checkpoint-every', '5000', '-q']);
                const events = Number(/(\d+) events, virtual time/.exec(run.stdout)?.[1] ?? 0);
                const at = `${hours * 30}m`;
                const fromCheckpoint = timed(['replay', log, '--at', at, '-o', 'json']);
                const ckBytes = statSync(`${log}.checkpoints`).size;
                renameSync(`${log}.checkpoints`, join(dir, 'aside'));
                const fromStart = timed(['replay', log, '--at', at, '-o', 'json']);
                if (fromStart.stdout !== fromCheckpoint.stdout)
                    throw new Error('replay --at from a checkpoint differs');
                return {
                    lines: [{ bench: 'replay.rollout_day', events, logBytes: statSync(log).size, checkpointBytes: ckBytes,
                            at, runMs: run.ms, fromCheckpointMs: fromCheckpoint.ms, fromStartMs: fromStart.ms }],
                    metrics: { 'replay.rollout_day.at_checkpoint.ms': fromCheckpoint.ms,
                        'replay.rollout_day.at_start.ms': fromStart.ms, 'replay.rollout_day.events': events },
                };
            }
            finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
    },
];
