const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
/** Mean and sample standard deviation (n - 1; 0 for one value). */
export function meanSd(xs) {
    const n = xs.length;
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
    return { mean: round(mean), sd: round(sd) };
}
/** Per policy (in the order first seen): the figures over its seeds. */
export function summarize(runs) {
    const by = new Map();
    for (const r of runs)
        (by.get(r.policy) ?? by.set(r.policy, []).get(r.policy)).push(r);
    const policies = {};
    for (const [policy, rs] of by) {
        const sums = new Map();
        for (const r of rs)
            for (const [k, v] of r.curve) {
                const e = sums.get(k) ?? { s: 0, n: 0 };
                e.s += v;
                e.n++;
                sums.set(k, e);
            }
        policies[policy] = {
            seeds: rs.length,
            unallocatedGpuPctAt100: meanSd(rs.map((r) => r.unallocatedGpuPctAt100)),
            failedTasks: round(rs.reduce((a, r) => a + r.failedTasks, 0) / rs.length, 1),
            fragRatioPctAt100: meanSd(rs.map((r) => r.fragRatioPctAt100)),
            curve: [...sums].sort((a, b) => a[0] - b[0]).map(([k, e]) => [k, round(e.s / e.n)]),
        };
    }
    return { policies };
}
/** The summary as a table: one row per policy. */
export function summaryTable(s) {
    const head = ['POLICY', 'SEEDS', 'UNALLOCATED GPU @100% (mean ± sd)', 'FRAG RATIO @100%', 'FAILED TASKS (mean)'];
    const rows = Object.entries(s.policies).map(([p, v]) => [p, String(v.seeds),
        `${v.unallocatedGpuPctAt100.mean.toFixed(2)}% ± ${v.unallocatedGpuPctAt100.sd.toFixed(2)}`,
        `${v.fragRatioPctAt100.mean.toFixed(1)}%`, String(v.failedTasks)]);
    const all = [head, ...rows];
    const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
    return all.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd()).join('\n');
}
/** The mean curves as CSV: policy, arrived %, unallocated %. */
export function curveCsv(s) {
    const lines = ['policy,arrived_gpu_pct,unallocated_gpu_pct'];
    for (const [p, v] of Object.entries(s.policies))
        for (const [k, u] of v.curve)
            lines.push(`${p},${k},${u}`);
    return lines.join('\n');
}
/** The (policy, seed) runs of a sweep, and the ones shard i of n takes (every n-th, from i; 0 <= i < n). */
export function sweepJobs(policies, seeds, shard) {
    const jobs = policies.flatMap((policy) => seeds.map((seed) => ({ policy, seed })));
    return shard ? jobs.filter((_, k) => k % shard.count === shard.index) : jobs;
}
