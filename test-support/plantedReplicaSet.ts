/**
 * A deliberately small ReplicaSet controller that exists only for tests of the fuzzer: main has no
 * ReplicaSet controller yet, and the fuzzer needs a controller with a bug it can find. With the
 * Simulation option `plantedBug: 'replicaset-off-by-one'` it aims for one replica too few while
 * any node is lost, so a ReplicaSet that lost a pod with a node ends one ready pod short. Without the flag it converges.
 *
 * It also stands in for the node lifecycle controller and pod GC, as far as this test needs: on
 * NodeLost it taints the node unreachable (NoSchedule) and deletes the ReplicaSet's pods there;
 * on NodeRecovered it removes the taint. Not a model of the real controllers.
 */
import type { KubeObject, Pod, PodTemplateSpec } from '../src/api/types.js';
import { admitPod } from '../src/apiserver/admission.js';
import { controller, type ControllerDef } from '../src/controllers/controller.js';
import type { ComponentFactory } from '../src/engine/simulation.js';
import { objectKey, splitKey } from '../src/events/ids.js';
import type { ClusterState } from '../src/reducers/state.js';
import { tget } from '../src/reducers/table.js';
import type { ComponentContext } from '../src/engine/component.js';
import type { Scenario } from '../src/scenario/types.js';

export const PLANTED_BUG = 'replicaset-off-by-one';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

const active = (p: Pod) => p.metadata.deletionTimestamp === undefined && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed';

function ownedPods(state: ClusterState, uid: string): Pod[] {
  return Object.keys(tget(state.podsByOwner, uid) ?? {}).sort().map((u) => tget(state.pods, u)!).filter(Boolean);
}

export function plantedReplicaSetDef(bug: boolean): ControllerDef {
  return {
    name: 'test-replicaset',
    initialKeys: (state) => Object.keys(state.objects.replicasets ?? {}).sort(),
    keysFor(e, state) {
      if (e.type === 'ObjectApplied' && e.resource === 'replicasets') return [e.key];
      if (e.type === 'NodeLost' || e.type === 'NodeRecovered') return [`node:${e.node}`, ...Object.keys(state.objects.replicasets ?? {}).sort()];
      if (e.type === 'ContainerStarted') {
        const p = tget(state.pods, e.uid);
        const ref = p?.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'ReplicaSet');
        return ref ? [objectKey(p!.metadata.namespace, ref.name)] : [];
      }
      return [];
    },
    sync(key, state, ctx) {
      const out = ctx.out, now = ctx.now;
      if (key.startsWith('node:')) {
        const name = key.slice(5), n = tget(state.nodes, name);
        if (!n) return;
        const tainted = (n.object.spec.taints ?? []).some((t) => t.key === UNREACHABLE);
        if (n.lost && !tainted) out.emit({ type: 'NodeTainted', at: now, node: name, taint: { key: UNREACHABLE, effect: 'NoSchedule' } });
        if (!n.lost && tainted) out.emit({ type: 'NodeUntainted', at: now, node: name, key: UNREACHABLE, effect: 'NoSchedule' });
        return;
      }
      const rs = state.objects.replicasets?.[key] as (KubeObject & { spec: { replicas?: number; template: PodTemplateSpec } }) | undefined;
      if (!rs) return;
      const uid = rs.metadata.uid!;
      const live: Pod[] = [];
      for (const p of ownedPods(state, uid)) {
        if (!active(p)) continue;
        if (p.spec.nodeName && tget(state.nodes, p.spec.nodeName)?.lost) {
          out.emit({ type: 'PodDeleted', at: now, pod: objectKey(p.metadata.namespace, p.metadata.name), uid: p.metadata.uid });
        } else live.push(p);
      }
      let want = rs.spec.replicas ?? 1;
      // The planted bug: while any node is lost, aim for one replica too few.
      if (bug && want > 0 && state.nodeNames.some((n) => tget(state.nodes, n)?.lost)) want--;
      const create = want - live.length;
      const { name, namespace } = splitKey(key);
      for (let i = 0; i < create; i++) {
        const r = admitPod({ metadata: { ...rs.spec.template.metadata, namespace, generateName: `${name}-` }, spec: rs.spec.template.spec }, state, now, ctx.rng, {
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid, controller: true, blockOwnerDeletion: true }],
        });
        if (!('error' in r)) out.emit(r);
      }
      const ready = live.filter((p) => p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
      const status = { replicas: live.length + Math.max(0, create), readyReplicas: ready, availableReplicas: ready, observedGeneration: rs.metadata.generation ?? 1 };
      if (JSON.stringify(status) !== JSON.stringify(rs.status)) out.emit({ type: 'ObjectStatusUpdated', at: now, resource: 'replicasets', key, status });
    },
  };
}

/** The test controller as a component; the bug is on when the Simulation option plantedBug names it. */
export const plantedReplicaSet: ComponentFactory = {
  name: 'test-replicaset',
  create: (scenario: Scenario, ctx: ComponentContext) => controller(plantedReplicaSetDef(ctx.options.plantedBug === PLANTED_BUG)).create(scenario, ctx),
};
