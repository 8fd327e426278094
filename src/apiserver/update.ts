import type { Node, Pod, Taint } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Source } from '../scenario/types.js';
import { objectKey } from '../api/ids.js';
import { activeDeadlineUpdateProblem } from '../api/validation/podUpdate.js';
import type { ClusterState } from '../reducers/state.js';
import { tget } from '../reducers/table.js';

type Labels = Readonly<Record<string, string>>;

const sameMap = (a: Labels | undefined, b: Labels | undefined): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/** Whether `applied` says nothing `stored` contradicts: every field it gives is stored (defaults may add more). */
function covers(stored: unknown, applied: unknown): boolean {
  if (applied === undefined || applied === null) return true;
  if (Array.isArray(applied)) return Array.isArray(stored) && stored.length === applied.length
    && applied.every((x, i) => covers(stored[i], x));
  if (typeof applied === 'object') {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
    return Object.entries(applied).every(([k, v]) => covers((stored as Record<string, unknown>)[k], v));
  }
  return stored === applied;
}

type Containers = readonly { readonly name: string; readonly image?: string }[] | undefined;

/** The containers' and init containers' images by name (names are unique across both lists). */
const imagesOf = (spec: Pod['spec']): Map<string, string | undefined> => new Map(
  [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c) => [c.name, c.image]));

/** The spec with each named container's image swapped for `images`' (ValidatePodUpdate's munging, for images). */
function withImages(spec: Pod['spec'], images: Map<string, string | undefined>): Pod['spec'] {
  const swap = (cs: Containers) => cs?.map((c) => (images.has(c.name) ? { ...c, image: images.get(c.name) } : c));
  return { ...spec, containers: swap(spec.containers) as Pod['spec']['containers'],
    ...(spec.initContainers ? { initContainers: swap(spec.initContainers) as Pod['spec']['initContainers'] } : {}) };
}

/** What an update changes in place, as a PodSpecUpdated carries it. */
export type InPlaceUpdate = { images?: Record<string, string>; activeDeadlineSeconds?: number };

/**
 * What an update changes in place of the spec (ValidatePodUpdate allows spec.containers[*].image,
 * spec.initContainers[*].image and, within its rule, spec.activeDeadlineSeconds), or a problem
 * when it changes more of the spec than kubesim carries out, or breaks the deadline's rule.
 */
export function inPlaceUpdate(stored: Pod['spec'], applied: Pod['spec']): InPlaceUpdate | { problem: string } {
  const deadline = activeDeadlineUpdateProblem(stored.activeDeadlineSeconds, applied.activeDeadlineSeconds);
  if (deadline) return { problem: `${deadline.path}: ${deadline.message}` };
  const { activeDeadlineSeconds: _a, ...rest } = applied;
  if (!covers(stored, withImages(rest as Pod['spec'], imagesOf(stored)))) return { problem: 'pod specs are ' +
    'immutable beyond container images and activeDeadlineSeconds, so the applied spec change is ignored' };
  const before = imagesOf(stored), images: Record<string, string> = {};
  for (const [name, image] of imagesOf(applied)) if (image && image !== before.get(name)) images[name] = image;
  return { ...(Object.keys(images).length ? { images } : {}),
    ...(applied.activeDeadlineSeconds !== stored.activeDeadlineSeconds
      ? { activeDeadlineSeconds: applied.activeDeadlineSeconds } : {}) };
}

/**
 * An apply of a pod that exists: its labels and annotations change (PodMetadataChanged), as an
 * update through the API server changes them, and its container images and activeDeadlineSeconds
 * (PodSpecUpdated: the kubelet restarts what runs a new image, and fails the pod at the new
 * deadline). Any other spec change is reported, not applied: pod specs are immutable beyond these,
 * and kubesim does not simulate the API server's other in-place change (added tolerations).
 */
export function updatePod(stored: Pod, applied: Pod, key: string, source: Source, out: Outbox): void {
  const m = applied.metadata;
  const labels = !sameMap(stored.metadata.labels, m.labels) ? { labels: { ...(m.labels ?? {}) } } : {};
  const annotations = !sameMap(stored.metadata.annotations, m.annotations)
    ? { annotations: { ...(m.annotations ?? {}) } } : {};
  if (labels.labels || annotations.annotations) out.emit({ type: 'PodMetadataChanged', at: out.now, pod: key,
    uid: stored.metadata.uid, ...labels, ...annotations });
  const update = inPlaceUpdate(stored.spec, applied.spec);
  if ('problem' in update) out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
    message: `${source.file}: pod already exists; ${update.problem}` });
  else if (update.images || update.activeDeadlineSeconds !== undefined) out.emit({ type: 'PodSpecUpdated',
    at: out.now, pod: key, uid: stored.metadata.uid, ...update });
}

/** A timeline `setImage` of a Pod (kubectl set image pod/NAME C=IMAGE): the image changes in place. */
export function setPodImage(state: ClusterState, out: Outbox, namespace: string, name: string, container: string,
  image: string): void {
  const key = objectKey(namespace, name), uid = tget(state.podUids, key);
  const pod = uid ? tget(state.pods, uid) : undefined;
  if (!pod || !uid) { out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
    message: 'set image: pod not found' }); return; }
  const images = imagesOf(pod.spec);
  // kubectl set image's own words when no container has the name.
  if (!images.has(container)) { out.emit({ type: 'Warning', at: out.now, object: `Pod/${key}`,
    message: `set image: unable to find container named "${container}"` }); return; }
  if (images.get(container) !== image) out.emit({ type: 'PodSpecUpdated', at: out.now, pod: key, uid,
    images: { [container]: image } });
}

/** kubelet_node_status.go updateDefaultLabels: the kubelet puts its hostname label back on the node. */
const KUBELET_LABELS = (name: string): Labels => ({ 'kubernetes.io/hostname': name });

/**
 * An apply of a node that exists (kubectl label, annotate, taint, cordon through the API): its
 * labels and annotations (NodeMetadataChanged), taints (NodeTainted / NodeUntainted) and
 * spec.unschedulable (NodeSchedulableChanged) change; status is the kubelet's and is kept, as
 * the node registry keeps it on an update.
 */
export function updateNode(stored: Node, applied: Node, out: Outbox): void {
  const node = stored.metadata.name, now = out.now;
  const m = applied.metadata;
  const wanted = { ...(m.labels ?? {}), ...KUBELET_LABELS(node) };
  const labels = !sameMap(stored.metadata.labels, wanted) ? { labels: wanted } : {};
  const annotations = !sameMap(stored.metadata.annotations, m.annotations)
    ? { annotations: { ...(m.annotations ?? {}) } } : {};
  if (labels.labels || annotations.annotations) out.emit({ type: 'NodeMetadataChanged', at: now, node, ...labels,
    ...annotations });
  const spec = (applied.spec ?? {}) as { taints?: readonly Taint[]; unschedulable?: boolean };
  const before = (stored.spec as { taints?: readonly Taint[] }).taints ?? [], after = spec.taints ?? [];
  const same = (a: Taint, b: Taint): boolean => a.key === b.key && a.effect === b.effect;
  for (const t of before) {
    if (!after.some((x) => same(x, t))) out.emit({ type: 'NodeUntainted', at: now, node, key: t.key,
      effect: t.effect });
  }
  // timeAdded comes back from a client as text: a taint is the same when key, value and effect are.
  for (const t of after) {
    const was = before.find((x) => same(x, t));
    if (was && (was.value ?? '') === (t.value ?? '')) continue;
    const { timeAdded, ...taint } = t as Taint & { timeAdded?: unknown };
    out.emit({ type: 'NodeTainted', at: now, node,
      taint: (typeof timeAdded === 'number' ? { ...taint, timeAdded } : taint) as Taint });
  }
  const unschedulable = spec.unschedulable === true;
  if (unschedulable !== ((stored.spec as { unschedulable?: boolean }).unschedulable === true)) out.emit({
    type: 'NodeSchedulableChanged', at: now, node, unschedulable });
}
