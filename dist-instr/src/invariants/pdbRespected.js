import { labelSelectorMatches } from '../api/labelSelector.js';
import { tget } from '../reducers/table.js';
import { allPods, isPodActive, isPodReady, objRef, objectsOf, podRef, spec } from './helpers.js';
import { batchInvariant } from './types.js';
/** intstr: an integer or a percentage of `total`, rounded up (GetScaledValueFromIntOrPercent, roundUp=true). */
function scaled(v, total) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && /^\d+%$/.test(v))
        return Math.ceil((Number(v.slice(0, -1)) * total) / 100);
    return undefined;
}
/**
 * A voluntary disruption (an eviction: PodTerminating with an Evict* reason, as the eviction API
 * and drain produce) never leaves fewer healthy pods than the PodDisruptionBudget allows
 * (pkg/controller/disruption/disruption.go, getExpectedScale/desiredHealthy). Involuntary losses
 * (node loss, OOM) are not judged.
 */
export const pdbRespected = batchInvariant('pdb-respected', 'evictions never take a PodDisruptionBudget below its desired healthy pods', (ctx, report) => {
    const evicted = ctx.batch.filter((e) => e.type === 'PodTerminating' && /evict/i.test(e.reason ?? ''));
    if (evicted.length === 0)
        return;
    for (const pdb of objectsOf(ctx.state, 'poddisruptionbudgets')) {
        const s = spec(pdb);
        const ns = pdb.metadata.namespace ?? 'default';
        const inScope = (p) => p.metadata.namespace === ns
            && labelSelectorMatches(s.selector, p.metadata.labels);
        const hit = evicted.map((e) => tget(ctx.previous.pods, e.uid)).filter((p) => !!p
            && inScope(p));
        if (hit.length === 0)
            continue;
        const before = allPods(ctx.previous).filter((p) => inScope(p) && isPodActive(p));
        const healthy = allPods(ctx.state).filter((p) => inScope(p) && isPodActive(p) && isPodReady(p)).length;
        const expected = before.length;
        const desired = s.minAvailable !== undefined ? scaled(s.minAvailable, expected) : s.maxUnavailable !== undefined
            ? expected - (scaled(s.maxUnavailable, expected) ?? 0) : undefined;
        if (desired !== undefined && healthy < desired)
            report(`eviction left ${objRef(pdb)} with ${healthy} healthy pods, desired ${desired}`, [objRef(pdb), ...hit.map(podRef)]);
    }
});
