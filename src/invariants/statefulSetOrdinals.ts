import { isPodActive, lastDisturbance, statefulSetBlocked, num, objRef, objectsOf, podRef, podsOwnedBy,
  spec } from './helpers.js';
import { DEFAULT_SETTLE_MS } from './replicasConverge.js';
import { violation, type Invariant, type Violation } from './types.js';
import { NO_UID } from '../api/ids.js';

/**
 * A StatefulSet's pods are named `<name>-<ordinal>` with ordinals in [0, replicas) (start 0 unless
 * spec.ordinals.start), each at most once; at the end (settled) every ordinal exists.
 */
export function statefulSetOrdinals(opts: { settle?: number } = {}): Invariant {
  const settle = opts.settle ?? DEFAULT_SETTLE_MS;
  const name = 'statefulset-ordinals';
  return {
    name,
    description: 'StatefulSet pods are <name>-<ordinal> for ordinals start..start+replicas-1, each once',
    when: 'batch',
    check(ctx) {
      if (!ctx.final && !ctx.batch.some((e) => e.type === 'PodCreated')) return [];
      const out: Violation[] = [];
      for (const sts of objectsOf(ctx.state, 'statefulsets')) {
        const s = spec(sts);
        const start = num((s.ordinals as { start?: number } | undefined)?.start, 0);
        const replicas = num(s.replicas, 1);
        const seen = new Map<number, string>();
        const owned = podsOwnedBy(ctx.state, sts.metadata.uid ?? NO_UID);
        const stuck = ctx.final && statefulSetBlocked(ctx.state, sts, owned);
        for (const p of owned) {
          if (!isPodActive(p)) continue;
          const m = p.metadata.name.startsWith(`${sts.metadata.name}-`)
            ? /^(0|[1-9]\d*)$/.exec(p.metadata.name.slice(sts.metadata.name.length + 1)) : null;
          if (!m) {
            out.push(
              violation(name, ctx,
                `${podRef(p)} is owned by ${objRef(sts)} but is not named ${sts.metadata.name}-<ordinal>`,
                  [objRef(sts), podRef(p)])); continue; }
          const ord = Number(m[1]);
          if (seen.has(ord)) out.push(violation(name, ctx, `${objRef(sts)} has two active pods with ordinal ${ord}`,
            [objRef(sts), seen.get(ord)!, podRef(p)]));
          seen.set(ord, podRef(p));
          if (ord < start || ord >= start + replicas) {
            // Scale-down removes the highest ordinals one at a time: only an end state may judge it.
            if (ctx.final && !stuck && ctx.state.time - lastDisturbance(ctx.history,
              { resource: 'statefulsets',
                key: `${sts.metadata.namespace ?? 'default'}/${sts.metadata.name}` }) >= settle)
              out.push(violation(name, ctx, `${podRef(p)} has ordinal ${ord} outside [${start}, ${start + replicas})`,
                [objRef(sts), podRef(p)]));
          }
        }
        if (ctx.final && !stuck && ctx.state.time - lastDisturbance(ctx.history) >= settle) {
          const missing = [];
          for (let i = start; i < start + replicas; i++) if (!seen.has(i)) missing.push(i);
          if (missing.length) out.push(violation(name, ctx, `${objRef(sts)} is missing ordinals ${missing.join(', ')}`,
            [objRef(sts)]));
        }
      }
      return out;
    },
  };
}
