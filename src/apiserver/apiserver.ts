import type { Outbox } from '../decider/outbox.js';
import type { Rng } from '../clock/rng.js';
import { objectKey } from '../api/ids.js';
import type { ClusterState } from '../reducers/state.js';
import { tget, tvalues } from '../reducers/table.js';
import type { Scenario, TimelineAction } from '../scenario/types.js';
import type { Component, ComponentContext } from '../decider/component.js';
import { addNode, applyObjects, stampObject, type ApplyOptions } from './apply.js';
import type { KubeObject, Pod } from '../api/types.js';
import { getObject } from '../reducers/state.js';
import { namespaceOnDelete } from './namespaces.js';
import { immortalRefusal } from '../api/bootstrap.js';
import { setPodImage } from './update.js';

/**
 * The API server as the user sees it: it applies the scenario's manifests at time 0 and the
 * timeline's API actions (apply, delete, scale, ...) at their times, turning each into facts.
 */
export class ApiServer implements Component {
  readonly name = 'apiserver';
  readonly timerKinds = [];

  constructor(private readonly scenario: Scenario, private readonly rng: Rng,
    private readonly applyOptions: ApplyOptions = {}) {}

  start(state: ClusterState, out: Outbox): void {
    this.scenario.nodes.forEach((n, i) => addNode(n, state, out, this.rng, i));
    applyObjects(this.scenario.manifests, state, out, this.rng, this.applyOptions);
  }

  fire(): void {}

  act(a: TimelineAction, state: ClusterState, out: Outbox): boolean {
    const now = out.now;
    switch (a.kind) {
      case 'nodeLost':
        if (tget(state.nodes, a.node)) out.emit({ type: 'NodeLost', at: now, node: a.node,
          ...(a.kubeletOnly ? { kubeletOnly: true } : {}) });
        return true;
      case 'nodeRecovered':
        if (tget(state.nodes, a.node)) out.emit({ type: 'NodeRecovered', at: now, node: a.node });
        return true;
      case 'addNode':
        addNode(a.node, state, out, this.rng);
        return true;
      case 'removeNode':
        if (tget(state.nodes, a.node)) out.emit({ type: 'NodeRemoved', at: now, node: a.node });
        return true;
      case 'cordon': case 'uncordon':
        if (tget(state.nodes, a.node)) out.emit({ type: 'NodeSchedulableChanged', at: now, node: a.node,
          unschedulable: a.kind === 'cordon' });
        return true;
      case 'apply':
        applyObjects(a.objects, state, out, this.rng, this.applyOptions);
        return true;
      case 'delete':
        if (a.resource === 'pods') deletePod(state, out, a.namespace, a.name, a.gracePeriodSeconds, a.force);
        // A cluster-scoped object (namespace '') is keyed by its name alone.
        else this.deleteObject(state, out, a.resource, a.namespace ? objectKey(a.namespace, a.name) : a.name,
          a.propagationPolicy ?? 'Background');
        return true;
      case 'scale':
        this.patchSpec(state, out, a.resource, objectKey(a.namespace, a.name),
          (spec) => ({ ...spec, replicas: a.replicas }));
        return true;
      case 'setImage':
        if (a.resource === 'pods') { setPodImage(state, out, a.namespace, a.name, a.container, a.image); return true; }
        this.patchSpec(state, out, a.resource, objectKey(a.namespace, a.name),
          (spec) => setImage(spec, a.container, a.image));
        return true;
      case 'rolloutPause': case 'rolloutResume':
        this.patchSpec(state, out, a.resource, objectKey(a.namespace, a.name), (spec) => {
          const { paused: _p, ...rest } = spec as { paused?: boolean };
          return a.kind === 'rolloutPause' ? { ...rest, paused: true } : rest;
        });
        return true;
      case 'removeSchedulingGates':
        removeSchedulingGates(state, out, a);
        return true;
      default:
        return false;
    }
  }

  deleteObject(state: ClusterState, out: Outbox, resource: string, key: string, propagationPolicy: string): void {
    const immortal = resource === 'namespaces' ? immortalRefusal(key) : undefined;
    if (immortal) { out.emit({ type: 'Warning', at: out.now, object: `${resource}/${key}`, message: immortal });
      return; }
    const obj = getObject(state, resource, key);
    if (!obj) { out.emit({ type: 'Warning', at: out.now, object: `${resource}/${key}`, message: 'delete: not found' });
      return; }
    // Foreground and Orphan leave the object with a finalizer (foregroundDeletion / orphan) that
    // the garbage collector removes once the dependents are gone or released
    // (controllers/garbagecollector/garbageCollector.ts).
    if (obj.metadata.deletionTimestamp !== undefined) return;
    if (resource === 'namespaces') {
      const next = namespaceOnDelete(obj, out.now);
      if (next && next !== 'deleted') { out.emit({ type: 'ObjectApplied', at: out.now, resource, key, object: next });
        return; }
    }
    if (propagationPolicy === 'Foreground' || propagationPolicy === 'Orphan') out.emit(
      { type: 'ObjectTerminating', at: out.now, resource, key, propagationPolicy });
    else out.emit({ type: 'ObjectDeleted', at: out.now, resource, key,
      ...(obj.metadata.uid ? { uid: obj.metadata.uid } : {}) });
  }

  patchSpec(state: ClusterState, out: Outbox, resource: string, key: string,
    patch: (spec: Record<string, unknown>) => Record<string, unknown>): void {
    const obj = getObject(state, resource, key);
    if (!obj) { out.emit({ type: 'Warning', at: out.now, object: `${resource}/${key}`,
      message: 'not found: action ignored' }); return; }
    const next = { ...obj, spec: patch(obj.spec as Record<string, unknown>) } as KubeObject;
    out.emit({ type: 'ObjectApplied', at: out.now, resource, key,
      object: stampObject(next, obj, obj.metadata.namespace ?? '', out.now, this.rng) });
  }
}

function setImage(spec: Record<string, unknown>, container: string, image: string): Record<string, unknown> {
  const template = spec.template as { spec: { containers: { name: string }[]; initContainers?: { name: string }[] } }
    | undefined;
  if (!template) return spec;
  const swap = (cs: { name: string }[] | undefined) => cs?.map((c) => (c.name === container ? { ...c, image } : c));
  return { ...spec, template: { ...template, spec: { ...template.spec, containers: swap(template.spec.containers),
    ...(template.spec.initContainers ? { initContainers: swap(template.spec.initContainers) } : {}) } } };
}

/**
 * Pod deletion as the API server does it: a pod not bound to a node, or a force delete with
 * grace 0, is removed at once; otherwise deletionTimestamp is set and the kubelet terminates it.
 */
export function deletePod(state: ClusterState, out: Outbox, namespace: string, name: string,
  gracePeriodSeconds?: number, force?: boolean): void {
  const key = objectKey(namespace, name);
  const uid = tget(state.podUids, key);
  const pod = uid ? tget(state.pods, uid) : undefined;
  if (!pod || !uid) { out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
    message: 'delete: pod not found' }); return; }
  const grace = gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  if (!pod.spec.nodeName || (force && grace === 0) || pod.status.phase === 'Succeeded'
    || pod.status.phase === 'Failed') {
    out.emit({ type: 'PodDeleted', at: out.now, pod: key, uid });
    return;
  }
  if (pod.metadata.deletionTimestamp !== undefined) return;
  out.emit({ type: 'PodTerminating', at: out.now, pod: key, uid, gracePeriodSeconds: grace });
}

export const apiServer = { name: 'apiserver', create: (s: Scenario, ctx: ComponentContext) =>
  new ApiServer(s, ctx.rng) };

/**
 * The patch an external controller sends to release gated pods: the named gates (all when none
 * are named) leave spec.schedulingGates of the pod, or of every pod matching the selector.
 */
function removeSchedulingGates(state: ClusterState, out: Outbox, a: Extract<TimelineAction,
  { kind: 'removeSchedulingGates' }>): void {
  const matches = (p: Pod): boolean => (p.metadata.namespace ?? 'default') === a.namespace &&
    (a.pod !== undefined ? p.metadata.name === a.pod : Object.entries(a.selector ?? {}).every(([k, v]) =>
      p.metadata.labels?.[k] === v));
  const pods = tvalues(state.pods).filter(matches).sort((x, y) => (x.metadata.name < y.metadata.name ? -1 : 1));
  if (a.pod !== undefined && pods.length === 0) out.emit({ type: 'Warning', at: out.now,
    object: `Pod/${a.namespace}/${a.pod}`, message: 'removeSchedulingGates: pod not found' });
  for (const p of pods) {
    const gates = (p.spec.schedulingGates ?? []).map((g) => g.name);
    const left = a.gates ? gates.filter((g) => !a.gates!.includes(g)) : [];
    if (left.length === gates.length) continue;
    out.emit({ type: 'PodSchedulingGatesChanged', at: out.now, pod: objectKey(p.metadata.namespace, p.metadata.name),
      uid: p.metadata.uid, gates: left });
  }
}
