import type { Pod } from '../src/api/types.js';
import { defaultBehaviorFor } from '../src/behavior/defaults.js';
import { resolveBehavior } from '../src/behavior/resolve.js';
import type { Outbox, Timer } from '../src/decider/outbox.js';
import type { Component } from '../src/decider/component.js';
import { apiServer } from '../src/apiserver/apiserver.js';
import { scheduler } from '../src/scheduler/scheduler.js';
import { Simulation, type ComponentFactory } from '../src/engine/simulation.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { ClusterState } from '../src/reducers/state.js';
import { tget, tvalues } from '../src/reducers/table.js';
import type { Scenario } from '../src/scenario/types.js';
import { asUid, type Uid } from '../src/api/ids.js';


type ExitDue = Timer & { kind: 'TestExitDue'; uid: Uid; container: string; exitCode: number };

/**
 * A test-only kubelet that runs containers for their behaviour's `exitAfter` (with
 * defaultBehaviorFor under it), restarts OnFailure/Always containers that fail, and finishes
 * deletions at once unless the node is lost. Stands in for the real kubelet in batch tests.
 */
export class TestKubelet implements Component {
  readonly name = 'kubelet';
  readonly timerKinds = ['TestExitDue'];
  #n = 0;
  /** Instances created per pod uid/container: the next one's restartCount. */
  #instances = new Map<string, number>();
  constructor(private readonly scenario: Scenario) {}

  observe(events: readonly ClusterEvent[], state: ClusterState, out: Outbox): void {
    for (const e of events) {
      if (e.type === 'PodScheduled' || (e.type === 'PodCreated' && e.object.spec.nodeName)) this.#start(e.uid, state, out);
      else if (e.type === 'PodTerminating') this.#terminate(e.uid, state, out);
      else if (e.type === 'NodeRecovered') {
        for (const p of tvalues(state.pods)) if (p.spec.nodeName === e.node && p.metadata.deletionTimestamp !== undefined) this.#terminate(p.metadata.uid!, state, out);
      }
    }
  }

  #lost(pod: Pod, state: ClusterState): boolean {
    return !pod.spec.nodeName || tget(state.nodes, pod.spec.nodeName)?.lost !== false;
  }

  #start(uid: Uid, state: ClusterState, out: Outbox): void {
    const pod = tget(state.pods, uid);
    if (!pod || this.#lost(pod, state)) return;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    out.emit({ type: 'PodSandboxReady', at: out.now, pod: key, uid, node: pod.spec.nodeName!, podIP: `10.1.0.${(this.#n % 250) + 2}`, hostIP: '10.0.0.1' });
    for (const c of pod.spec.containers) this.#run(pod, c.name, out);
  }

  #run(pod: Pod, container: string, out: Outbox): void {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`, uid = pod.metadata.uid!;
    const c = pod.spec.containers.find((x) => x.name === container)!;
    const b = { ...defaultBehaviorFor(pod), ...resolveBehavior(this.scenario.behaviors, pod, c) };
    const id = `containerd://${(++this.#n).toString(16).padStart(8, '0')}`;
    const instKey = `${uid}/${container}`;
    const restartCount = this.#instances.get(instKey) ?? 0;
    this.#instances.set(instKey, restartCount + 1);
    out.emit({ type: 'ContainerCreated', at: out.now, pod: key, uid, container, containerID: id, restartCount });
    out.emit({ type: 'ContainerStarted', at: out.now, pod: key, uid, container, containerID: id });
    if (b.exitAfter !== undefined) out.after(b.exitAfter, { kind: 'TestExitDue', uid, container, exitCode: b.exitCode ?? 0 } as ExitDue);
  }

  #terminate(uid: Uid, state: ClusterState, out: Outbox): void {
    const pod = tget(state.pods, uid);
    if (!pod || this.#lost(pod, state)) return;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    for (const st of pod.status.containerStatuses ?? []) if (st.state.running) out.emit({ type: 'ContainerExited', at: out.now, pod: key, uid, container: st.name, exitCode: 137, reason: 'Error' });
    out.emit({ type: 'PodDeleted', at: out.now, pod: key, uid });
  }

  fire(timer: Timer, state: ClusterState, out: Outbox): void {
    const t = timer as ExitDue;
    const pod = tget(state.pods, t.uid);
    if (!pod || this.#lost(pod, state) || pod.metadata.deletionTimestamp !== undefined) return;
    const st = pod.status.containerStatuses?.find((s) => s.name === t.container);
    if (!st?.state.running) return;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    out.emit({ type: 'ContainerExited', at: out.now, pod: key, uid: t.uid, container: t.container, exitCode: t.exitCode, reason: t.exitCode === 0 ? 'Completed' : 'Error' });
    const rp = pod.spec.restartPolicy ?? 'Always';
    if (rp === 'Always' || (rp === 'OnFailure' && t.exitCode !== 0)) this.#run(pod, t.container, out);
  }
}

export const testKubelet: ComponentFactory = { name: 'kubelet', create: (s) => new TestKubelet(s) };

/** A simulation with the API server, the test kubelet, the scheduler and the given controllers. */
export function batchSimulation(scenario: Scenario, controllers: readonly ComponentFactory[]): { sim: Simulation; events: ClusterEvent[] } {
  const sim = new Simulation(scenario, { components: [apiServer, testKubelet, scheduler, ...controllers] });
  const events: ClusterEvent[] = [];
  sim.events$.subscribe(({ event }) => events.push(event));
  return { sim, events };
}

/** Facts of the given types, with `at` in seconds, for readable assertions. */
export const factsOf = (events: readonly ClusterEvent[], ...types: ClusterEvent['type'][]): ClusterEvent[] =>
  events.filter((e) => types.includes(e.type));
