import { tget } from '../reducers/table.js';
import { isPodActive, lastDisturbance, objRef, objectsOf, podRef, podsOwnedBy, spec } from './helpers.js';
import { DEFAULT_SETTLE_MS } from './replicasConverge.js';
import { violation, type Invariant, type Violation } from './types.js';
import { NO_UID } from '../api/ids.js';

type Template = { spec?: { nodeSelector?: Record<string, string> } };

/**
 * A DaemonSet never runs two active pods on one node (the DaemonSet controller's one-per-node
 * rule), and, once the cluster has been undisturbed for `settle` ms at the end of a run, every
 * node that plainly should run one does: Ready, without taints, matching the template's
 * nodeSelector. Nodes with taints or affinity rules are not judged (tolerations decide there).
 */
export function daemonSetOnePerNode(opts: { settle?: number } = {}): Invariant {
  const settle = opts.settle ?? DEFAULT_SETTLE_MS;
  const name = 'daemonset-one-per-node';
  return {
    name,
    description: 'a DaemonSet has at most one active pod on each node, and one on every plainly eligible node once ' +
      'settled',
    when: 'batch',
    check(ctx) {
      if (!ctx.final && !ctx.batch.some((e) => e.type === 'PodScheduled' || e.type === 'PodCreated')) return [];
      const out: Violation[] = [];
      const settled = ctx.final && ctx.state.time - lastDisturbance(ctx.history) >= settle;
      for (const ds of objectsOf(ctx.state, 'daemonsets')) {
        const byNode = new Map<string, string[]>();
        for (const p of podsOwnedBy(ctx.state, ds.metadata.uid ?? NO_UID)) {
          const node =
            p.spec.nodeName
              ?? p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[
                0]?.matchFields?.[0]?.values?.[0];
          if (!node || !isPodActive(p) || !tget(ctx.state.nodes, node)) continue;
          byNode.set(node, [...(byNode.get(node) ?? []), podRef(p)]);
        }
        for (const [node, pods] of [...byNode].sort((a, b) => a[0].localeCompare(b[0])))
          if (pods.length > 1) out.push(violation(name, ctx,
            `${objRef(ds)} has ${pods.length} active pods on node ${node}`, [objRef(ds), `Node/${node}`, ...pods]));
        if (!settled || ds.metadata.deletionTimestamp !== undefined) continue;
        const selector = ((spec(ds).template ?? {}) as Template).spec?.nodeSelector ?? {};
        for (const node of ctx.state.nodeNames) {
          const n = tget(ctx.state.nodes, node);
          if (!n || byNode.has(node) || (n.object.spec.taints ?? []).length > 0) continue;
          if (!n.object.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
          if (!Object.entries(selector).every(([k, v]) => n.object.metadata.labels?.[k] === v)) continue;
          out.push(violation(name, ctx, `${objRef(ds)} has no pod on eligible node ${node}`,
            [objRef(ds), `Node/${node}`]));
        }
      }
      return out;
    },
  };
}
