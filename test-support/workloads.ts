import { runScenario, type RunResult } from '../src/engine/run.js';
import type { Scenario } from '../src/scenario/types.js';
import type { ClusterEvent } from '../src/events/index.js';
import type { KubeObject, Pod } from '../src/api/types.js';
import { tvalues } from '../src/reducers/table.js';
import type { ClusterState } from '../src/reducers/state.js';
import { completeNode } from '../src/apiserver/apply.js';
import { Rng } from '../src/clock/rng.js';
import type { Outbox, Timer } from '../src/decider/outbox.js';
import type { ControllerDef, SyncResult } from '../src/controllers/controller.js';
import { evolveAll } from '../src/reducers/index.js';
import { initialState } from '../src/reducers/state.js';
import { type Millis, asUid } from '../src/api/ids.js';
import type { Node, OwnerReference, Taint } from '../src/api/types.js';
import { listObjects } from '../src/reducers/state.js';
import { asNodeName } from '../src/api/ids.js';


/** A scenario document around nodes, manifests and a timeline given as YAML fragments. */
export function scenarioYaml(opts: { nodes?: string; manifests: string; timeline?: string; until?: string; seed?: number }): string {
  return [
    'apiVersion: kubesim/v1',
    'kind: Scenario',
    'metadata: {name: test}',
    `seed: ${opts.seed ?? 1}`,
    `until: ${opts.until ?? '5m'}`,
    'nodes:',
    opts.nodes ?? '  - {namePrefix: node-, count: 3, capacity: {cpu: "8", memory: 32Gi, pods: "110"}}',
    'manifests:',
    opts.manifests,
    ...(opts.timeline ? ['timeline:', opts.timeline] : []),
  ].join('\n');
}

export interface Recorded { readonly result: RunResult; readonly events: ClusterEvent[] }

/** Runs a scenario and keeps every fact. */
export function runRecorded(s: Scenario, until?: number): Recorded {
  const events: ClusterEvent[] = [];
  const result = runScenario(s, { onEvent: (_seq, e) => events.push(e), ...(until !== undefined ? { until } : {}) });
  return { result, events };
}

export const livePods = (state: ClusterState): Pod[] => tvalues(state.pods).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
export const objectsOf = (state: ClusterState, resource: string): KubeObject[] => listObjects(state, resource);
export const isReady = (p: Pod): boolean => p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
/** The kubectl-style lines of the controller events: `reason: message`. */
export const controllerEvents = (events: readonly ClusterEvent[]): string[] =>
  events.filter((e) => e.type === 'ControllerEvent').map((e) => `${(e as { reason: string }).reason}: ${(e as { message: string }).message}`);

// ---- small states for controller unit tests ----

/** NodeAdded for a node with 8 CPUs, 32 GiB, 110 pods, optional labels and taints. */
export function nodeAdded(name: string, opts: { labels?: Record<string, string>; taints?: Taint[]; unschedulable?: boolean } = {}): ClusterEvent {
  const n = completeNode({
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, uid: asUid(`uid-node-${name}`), ...(opts.labels ? { labels: opts.labels } : {}) },
    spec: { ...(opts.taints ? { taints: opts.taints } : {}), ...(opts.unschedulable ? { unschedulable: true } : {}) },
    status: { capacity: { cpu: '8', memory: '32Gi', pods: '110' } },
  } as unknown as Node, 0, new Rng(1));
  return { type: 'NodeAdded', at: 0, node: asNodeName(name), object: n };
}

export interface PodOpts {
  readonly owner?: OwnerReference;
  readonly labels?: Record<string, string>;
  readonly node?: string;
  readonly phase?: Pod['status']['phase'];
  /** Ready since this time (ms); omit for not ready. */
  readonly readyAt?: number;
  readonly created?: number;
  readonly restarts?: number;
  readonly deleting?: boolean;
  readonly annotations?: Record<string, string>;
  readonly namespace?: string;
}

/** PodCreated for a pod in a given condition (phase, node, Ready since ...), bypassing the kubelet. */
export function podCreated(name: string, o: PodOpts = {}): ClusterEvent {
  const ns = o.namespace ?? 'default';
  const pod: Pod = {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: ns, uid: asUid(`uid-${name}`), creationTimestamp: o.created ?? 0,
      ...(o.labels ? { labels: o.labels } : {}), ...(o.annotations ? { annotations: o.annotations } : {}),
      ...(o.owner ? { ownerReferences: [o.owner] } : {}), ...(o.deleting ? { deletionTimestamp: 1 } : {}),
    },
    spec: { containers: [{ name: 'c', image: 'img' }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? (o.node ? 'Running' : 'Pending'),
      conditions: o.readyAt !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: o.readyAt }] : [],
      containerStatuses: [{ name: 'c', image: 'img', imageID: '', ready: o.readyAt !== undefined, restartCount: o.restarts ?? 0, state: {}, lastState: {} }],
    },
  } as Pod;
  return { type: 'PodCreated', at: 0, pod: `${ns}/${name}`, uid: pod.metadata.uid!, object: pod };
}

export const objectApplied = (resource: string, object: KubeObject): ClusterEvent =>
  ({ type: 'ObjectApplied', at: 0, resource, key: `${object.metadata.namespace ?? 'default'}/${object.metadata.name}`, object });

export const ownerRef = (kind: string, name: string, uid = `uid-${name}`): OwnerReference =>
  ({ apiVersion: kind === 'ReplicationController' ? 'v1' : 'apps/v1', kind, name, uid: asUid(uid), controller: true, blockOwnerDeletion: true });

export const stateOf = (facts: readonly ClusterEvent[]): ClusterState => evolveAll(initialState(), facts);

/** Runs one sync of a controller on a state and returns what it emitted. */
export function syncOnce(def: ControllerDef, key: string, state: ClusterState, now: Millis = 0, seed = 1): { events: ClusterEvent[]; result: SyncResult | void } {
  const events: ClusterEvent[] = [];
  const out: Outbox = { now, emit: (e) => events.push(e), at: (_a: Millis, _t: Timer) => {}, after: (_d: Millis, _t: Timer) => {} };
  const result = def.sync(key, state, { now, rng: new Rng(seed), out, scenario: {} as Scenario });
  return { events, result };
}
