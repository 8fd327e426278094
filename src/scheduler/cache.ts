import type { NodeName } from '../api/ids.js';
import type { Labels, Node, Pod } from '../api/types.js';
import type { ClusterState } from '../reducers/state.js';
import type { NodeInfo, PodInfo, Snapshot } from './framework.js';
import { NodeColumns } from './nodeColumns.js';
import { addPod, newNodeInfo, normalizedImageName, removePod, setNode } from './nodeInfo.js';
import { hasAffinity } from './podInfo.js';
import { SpreadCounts } from './spreadCounts.js';
import type { Matcher } from '../api/labelSelector.js';

/**
 * The scheduler's cache of nodes with their requested resources (kube-scheduler's
 * internal/cache with assumed pods), kept up to date incrementally from the facts the scheduler
 * observes: a pass never scans all pods. A pod the scheduler binds is assumed at once, so the
 * next pod of the same pass sees it; the PodScheduled fact later confirms it.
 *
 * Passes are atomic here (no goroutines), so the cache is its own snapshot.
 */
export class SchedulerCache implements Snapshot {
  readonly nodes: NodeInfo[] = [];
  /** The nodes' numbers as typed-array columns, rewritten after every change below (nodeColumns.ts). */
  readonly columns = new NodeColumns(this.nodes);
  #byName = new Map<string, NodeInfo>();
  #pods = new Map<string, PodInfo>();
  #imageCount = new Map<string, number>();
  /** Assigned pods by namespace and label (`ns\0key\0value`), under the labels they were indexed with. */
  #byLabel = new Map<string, Set<PodInfo>>();
  #indexedLabels = new Map<string, Labels | undefined>();
  #spread = new SpreadCounts();
  state!: ClusterState;
  podsWithAffinityCount = 0;
  podsWithRequiredAntiAffinityCount = 0;
  taintedNodeCount = 0;
  unschedulableNodeCount = 0;

  #count(p: PodInfo, sign: 1 | -1): void {
    if (hasAffinity(p)) this.podsWithAffinityCount += sign;
    if (p.requiredAntiAffinity.length) this.podsWithRequiredAntiAffinityCount += sign;
  }

  /** Adds (1) or removes (-1) a pod in the label index; removal uses the labels it was added with. */
  #index(p: PodInfo, sign: 1 | -1): void {
    const labels = sign === 1 ? p.pod.metadata.labels : this.#indexedLabels.get(p.uid);
    if (sign === 1) this.#indexedLabels.set(p.uid, labels); else this.#indexedLabels.delete(p.uid);
    this.#spread.update(p, labels, sign, labelKey);
    for (const k in labels) {
      const key = labelKey(p.namespace, k, labels[k]);
      let set = this.#byLabel.get(key);
      if (sign === 1) { if (!set) this.#byLabel.set(key, set = new Set()); set.add(p); }
      else if (set) { set.delete(p); if (set.size === 0) this.#byLabel.delete(key); }
    }
  }

  spreadCounts(namespace: string, selectorKey: string, matches: Matcher,
    anchors: readonly (readonly [string, string])[]): ReadonlyMap<string, number> {
    let anchor = '', seed: ReadonlySet<PodInfo> | undefined;
    for (const [k, v] of anchors) {
      const key = labelKey(namespace, k, v), set = this.#byLabel.get(key) ?? NONE;
      if (!seed || set.size < seed.size) { anchor = key; seed = set; }
    }
    return this.#spread.counts(`${namespace}\0${selectorKey}`, namespace, matches, anchor, seed ?? NONE);
  }

  /** An assigned pod is being deleted: it leaves the spread counts (PodTopologySpread skips terminating pods). */
  markTerminating(p: PodInfo): void {
    if (p.terminating) return;
    if (this.#pods.get(p.uid) === p) this.#spread.update(p, this.#indexedLabels.get(p.uid), -1, labelKey);
    p.terminating = true;
  }

  /** A cached pod's object changed: kept current, and re-indexed when its labels did. */
  setPod(p: PodInfo, pod: Pod): void {
    const relabelled = this.#pods.get(p.uid) === p && this.#indexedLabels.get(p.uid) !== pod.metadata.labels;
    if (relabelled) this.#index(p, -1);
    p.pod = pod;
    if (relabelled) this.#index(p, 1);
  }

  get(name: string): NodeInfo | undefined {
    return this.#byName.get(name);
  }

  imageNodeCount(image: string): number {
    return this.#imageCount.get(image) ?? 0;
  }

  /** An assigned (or assumed) pod by uid. */
  pod(uid: string): PodInfo | undefined {
    return this.#pods.get(uid);
  }

  get podCount(): number {
    return this.#pods.size;
  }

  /** Cluster-wide counts a node contributes to: its images, whether it is tainted or cordoned. */
  #countNode(info: NodeInfo, sign: 1 | -1): void {
    for (const img of info.images.keys()) this.#imageCount.set(img, (this.#imageCount.get(img) ?? 0) + sign);
    if (info.taints.length > 0) this.taintedNodeCount += sign;
    if (info.unschedulable) this.unschedulableNodeCount += sign;
  }

  addNode(node: Node): void {
    const existing = this.#byName.get(node.metadata.name);
    if (existing) { this.updateNode(node); return; }
    const info = newNodeInfo(node, this.nodes.length);
    this.nodes.push(info);
    this.#byName.set(info.name, info);
    this.#countNode(info, 1);
    // Pods that arrived bound to this node before it registered.
    for (const p of this.#pods.values()) if (p.nodeName === info.name) addPod(info, p);
    this.columns.write(info);
  }

  updateNode(node: Node): void {
    const info = this.#byName.get(node.metadata.name);
    if (!info) { this.addNode(node); return; }
    if (imagesAppended(info.node, node)) { this.#appendImages(info, node); return; }
    this.#countNode(info, -1);
    setNode(info, node);
    this.#countNode(info, 1);
    this.columns.write(info);
  }

  /**
   * The node's image list grew at its end and nothing else changed (ImageCached, once per image a
   * node pulls): the new images are added to the NodeInfo and its columns, with the same result as
   * setNode's rebuild (later entries win for one normalised name) without rebuilding every image.
   */
  #appendImages(info: NodeInfo, node: Node): void {
    const from = info.node.status.images?.length ?? 0;
    const images = node.status.images!;
    info.node = node;
    this.columns.write(info);
    for (let k = from; k < images.length; k++) {
      const size = images[k].sizeBytes ?? 0;
      for (const n of images[k].names) {
        const name = normalizedImageName(n);
        if (!info.images.has(name)) this.#imageCount.set(name, (this.#imageCount.get(name) ?? 0) + 1);
        info.images.set(name, size);
        this.columns.writeImage(info.index, name, size);
      }
    }
  }

  removeNode(name: string): void {
    const info = this.#byName.get(name);
    if (!info) return;
    this.#countNode(info, -1);
    this.#byName.delete(name);
    this.nodes.splice(info.index, 1);
    for (let i = info.index; i < this.nodes.length; i++) { this.nodes[i].index = i; this.columns.write(this.nodes[i]); }
  }

  /** Adds an assigned or assumed pod; returns false when it was already there. */
  addPod(p: PodInfo, nodeName: NodeName): boolean {
    if (this.#pods.has(p.uid)) return false;
    p.nodeName = nodeName;
    this.#pods.set(p.uid, p);
    this.#count(p, 1);
    this.#index(p, 1);
    const info = this.#byName.get(nodeName);
    if (info) { addPod(info, p); this.columns.write(info); }
    return true;
  }

  removePod(uid: string): PodInfo | undefined {
    const p = this.#pods.get(uid);
    if (!p) return undefined;
    this.#pods.delete(uid);
    this.#count(p, -1);
    this.#index(p, -1);
    const info = p.nodeName ? this.#byName.get(p.nodeName) : undefined;
    if (info) { removePod(info, p); this.columns.write(info); }
    return p;
  }
}

const NONE: ReadonlySet<PodInfo> = new Set();

/** Whether `next` is `prev` with images appended to status.images and every other field the same object. */
function imagesAppended(prev: Node, next: Node): boolean {
  if (prev === next || prev.metadata !== next.metadata || prev.spec !== next.spec) return false;
  const a = prev.status as unknown as Record<string, unknown>, b = next.status as unknown as Record<string, unknown>;
  const before = prev.status.images ?? [], after = next.status.images;
  if (!after || after.length <= before.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
  for (const k in b) if (k !== 'images' && a[k] !== b[k]) return false;
  for (const k in a) if (k !== 'images' && !(k in b)) return false;
  return true;
}
const labelKey = (namespace: string, key: string, value: string): string => `${namespace}\0${key}\0${value}`;
