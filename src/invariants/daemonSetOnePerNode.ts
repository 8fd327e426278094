import { tget } from '../reducers/table.js';
import { isPodActive, objRef, objectsOf, podRef, podsOwnedBy } from './helpers.js';
import { violation, type Invariant, type Violation } from './types.js';

/** A DaemonSet never runs two active pods on one node (the DaemonSet controller's one-per-node rule). */
export const daemonSetOnePerNode: Invariant = {
  name: 'daemonset-one-per-node',
  description: 'a DaemonSet has at most one active pod on each node',
  when: 'batch',
  check(ctx) {
    if (!ctx.batch.some((e) => e.type === 'PodScheduled' || e.type === 'PodCreated')) return [];
    const out: Violation[] = [];
    for (const ds of objectsOf(ctx.state, 'daemonsets')) {
      const byNode = new Map<string, string[]>();
      for (const p of podsOwnedBy(ctx.state, ds.metadata.uid ?? '')) {
        const node = p.spec.nodeName ?? p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0];
        if (!node || !isPodActive(p) || !tget(ctx.state.nodes, node)) continue;
        byNode.set(node, [...(byNode.get(node) ?? []), podRef(p)]);
      }
      for (const [node, pods] of [...byNode].sort((a, b) => a[0].localeCompare(b[0])))
        if (pods.length > 1) out.push(violation('daemonset-one-per-node', ctx, `${objRef(ds)} has ${pods.length} active pods on node ${node}`, [objRef(ds), `Node/${node}`, ...pods]));
    }
    return out;
  },
};
