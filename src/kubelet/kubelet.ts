import type { Pod } from '../api/types.js';
import type { Rng } from '../clock/rng.js';
import type { Outbox, Timer } from '../clock/timers.js';
import type { ClusterEvent } from '../events/index.js';
import type { Uid } from '../events/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';
import type { Component, ComponentContext } from '../engine/component.js';
import type { Scenario } from '../scenario/types.js';

type PodSyncDue = Timer & { kind: 'PodSyncDue'; uid: Uid };

/** Pod IP from the node's pod CIDR (10.x.y.0/24) and the node's next free host number. */
function podIP(state: ClusterState, node: string): string {
  const n = tget(state.nodes, node)!;
  const base = (n.object.spec.podCIDR ?? '10.128.0.0/24').split('/')[0].split('.');
  return `${base[0]}.${base[1]}.${base[2]}.${n.nextPodIP % 254 || 254}`;
}

/**
 * A first kubelet: starts a bound pod's sandbox and containers at once. The kubelet issue grows
 * this into the full model (image pulls, init containers, probes, restarts, termination).
 */
export class Kubelet implements Component {
  readonly name = 'kubelet';
  readonly timerKinds = ['PodSyncDue'];
  constructor(private readonly rng: Rng) {}

  observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void {
    for (const e of events) {
      if (e.type === 'PodScheduled' || (e.type === 'PodCreated' && e.object.spec.nodeName) || e.type === 'PodTerminating')
        out.after(0, { kind: 'PodSyncDue', uid: e.uid } as PodSyncDue);
    }
  }

  fireAll(timers: readonly Timer[], state: ClusterState, out: Outbox): void {
    const seen = new Set<Uid>();
    for (const t of timers) {
      const uid = (t as PodSyncDue).uid;
      if (seen.has(uid)) continue; // one sync per pod per instant: it sees the whole pod anyway
      seen.add(uid);
      this.fire(t, state, out);
    }
  }

  fire(timer: Timer, state: ClusterState, out: Outbox): void {
    const { uid } = timer as PodSyncDue;
    const pod = tget(state.pods, uid);
    if (!pod || !pod.spec.nodeName) return;
    const node = tget(state.nodes, pod.spec.nodeName);
    if (!node || node.lost) return;
    this.syncPod(pod, state, out);
  }

  syncPod(pod: Pod, state: ClusterState, out: Outbox): void {
    const at = out.now, uid = pod.metadata.uid, key = `${pod.metadata.namespace}/${pod.metadata.name}`, node = pod.spec.nodeName!;
    if (pod.metadata.deletionTimestamp !== undefined) {
      for (const c of pod.spec.containers) out.emit({ type: 'ContainerExited', at, pod: key, uid, container: c.name, exitCode: 0, reason: 'Completed' });
      out.emit({ type: 'PodDeleted', at, pod: key, uid });
      return;
    }
    if (pod.status.podIP !== undefined) return;
    const hostIP = tget(state.nodes, node)!.object.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
    out.emit({ type: 'PodSandboxReady', at, pod: key, uid, node, podIP: pod.spec.hostNetwork ? hostIP : podIP(state, node), hostIP });
    for (const c of pod.spec.containers) {
      const containerID = `containerd://${this.rng.uuid().replace(/-/g, '')}`;
      out.emit({ type: 'ContainerCreated', at, pod: key, uid, container: c.name, containerID });
      out.emit({ type: 'ContainerStarted', at, pod: key, uid, container: c.name, containerID });
    }
  }
}

export const kubelet = { name: 'kubelet', create: (_s: Scenario, ctx: ComponentContext) => new Kubelet(ctx.rng) };
