import { labelSelectorMatches, selectorAnchors } from '../api/labelSelector.js';
import type { Labels, LabelSelector, Pod } from '../api/types.js';
import type { Uid } from '../api/ids.js';
import type { ClusterEvent } from '../events/index.js';
import type { ClusterState } from '../reducers/state.js';
import { tget, tvalues } from '../reducers/table.js';
import type { ControllerCache } from './controller.js';

const labelKey = (namespace: string, key: string, value: string): string => `${namespace}\0${key}\0${value}`;

/**
 * Pods by namespace and label, for a controller that lists pods by selector (the HPA's pod
 * lister, which client-go serves from a namespace-indexed informer): a selector with an exact
 * pair (matchLabels, or In with one value) reads the pods carrying that pair, not every pod.
 *
 * Built from the state on the first read, then kept exact from the facts: every reducer that
 * changes a pod finds it by the event's `uid` (see daemon/ownedPodView.ts), so each such fact
 * re-reads that pod's labels. Candidates are checked against the selector on the current state.
 */
export class PodLabelIndex implements ControllerCache {
  #built = false;
  readonly #byLabel = new Map<string, Set<Uid>>();
  /** The namespace and labels each pod was indexed under. */
  readonly #indexed = new Map<Uid, { readonly namespace: string; readonly labels: Labels | undefined }>();
  /** Each pod's object as of the last fact that named it: a read needs no table lookup. */
  readonly #current = new Map<Uid, Pod>();

  observe(events: readonly ClusterEvent[], state: ClusterState): void {
    if (!this.#built) return;
    for (const e of events) {
      const uid = (e as { uid?: unknown }).uid;
      if (typeof uid === 'string') this.#update(uid as Uid, tget(state.pods, uid));
    }
  }

  #update(uid: Uid, p: Pod | undefined): void {
    if (p) this.#current.set(uid, p); else this.#current.delete(uid);
    const was = this.#indexed.get(uid);
    if (was && p && was.labels === p.metadata.labels) return;
    if (was) {
      for (const k in was.labels) {
        const set = this.#byLabel.get(labelKey(was.namespace, k, was.labels[k]));
        set?.delete(uid);
        if (set?.size === 0) this.#byLabel.delete(labelKey(was.namespace, k, was.labels[k]));
      }
      this.#indexed.delete(uid);
    }
    if (!p) return;
    const namespace = p.metadata.namespace ?? 'default', labels = p.metadata.labels;
    this.#indexed.set(uid, { namespace, labels });
    for (const k in labels) {
      const key = labelKey(namespace, k, labels[k]);
      let set = this.#byLabel.get(key);
      if (!set) this.#byLabel.set(key, set = new Set());
      set.add(uid);
    }
  }

  /** The pods of `namespace` that `selector` matches (metav1.LabelSelectorAsSelector), in no set order. */
  select(state: ClusterState, namespace: string, selector: LabelSelector | undefined): Pod[] {
    const anchors = selectorAnchors(selector);
    if (anchors.length === 0) return podsMatching(state, namespace, selector);
    if (!this.#built) {
      for (const p of tvalues(state.pods)) this.#update(p.metadata.uid!, p);
      this.#built = true;
    }
    let smallest: ReadonlySet<Uid> | undefined;
    for (const [k, v] of anchors) {
      const set = this.#byLabel.get(labelKey(namespace, k, v));
      if (!set) return [];
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    const out: Pod[] = [];
    // A selector that is one exact pair and nothing else (a Deployment's `app: web`) matches its whole set.
    const onePair = anchors.length === 1 && Object.keys(selector?.matchLabels ?? {}).length
      + (selector?.matchExpressions?.length ?? 0) === 1;
    for (const uid of smallest!) {
      const p = this.#current.get(uid)!;
      if (onePair || labelSelectorMatches(selector, p.metadata.labels)) out.push(p);
    }
    return out;
  }
}

/** The same answer from every pod of the state (a sync outside a simulation has no cache). */
export function podsMatching(state: ClusterState, namespace: string, selector: LabelSelector | undefined): Pod[] {
  return tvalues(state.pods).filter((p) => (p.metadata.namespace ?? 'default') === namespace
    && labelSelectorMatches(selector, p.metadata.labels));
}
