import type { Condition, Node } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';
import type { ClusterState, NodeState } from './state.js';
import { tdel, tdraft, tget, tlatest, tmutable, tset, type Table } from './table.js';
import type { Draft } from 'immer';
import { batchOwned, deepFreeze } from './batchOwned.js';
import { isAutoFreeze } from './immer.js';

const absent = (): NodeState => { throw new Error('unreachable: node checked present'); };

/**
 * The node's state as a plain copy owned by this batch (Table.mutable), for the per-pod writes
 * (a pod IP handed out, an image cached): drafting node -> object -> status -> images through
 * immer for each was ~5% of pipeline.large. Undefined for an unknown node.
 */
export function ownedNode(s: Draft<ClusterState>, node: string): { -readonly [K in keyof NodeState]: NodeState[K] }
  | undefined {
  if (tlatest(s.nodes, node) === undefined) return undefined;
  return tmutable(s.nodes as unknown as Table<NodeState>, node, absent);
}

type Image = { names: string[]; sizeBytes?: number };

function setCondition(node: Draft<Node>, c: Condition): void {
  const conds = node.status.conditions as Condition[];
  const i = conds.findIndex((x) => x.type === c.type);
  if (i < 0) conds.push(c);
  else {
    const prev = conds[i];
    // lastTransitionTime moves only when status flips, as the API server's condition helpers do.
    conds[i] = prev.status === c.status ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
  }
}

export const nodeReducers = {
  NodeAdded(s, e) {
    const state: NodeState = { object: e.object, lost: false, lastHeartbeat: e.at, nextPodIP: 2,
      ordinal: s.nodeNames.length };
    if (!tget(s.nodes, e.node)) (s.nodeNames = batchOwned(s.nodeNames)).push(e.node);
    tset(s.nodes, e.node, state);
    if (!tlatest(s.podsOnNode, e.node)) tset(s.podsOnNode, e.node, []);
  },
  NodeLost(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (n) n.lost = true;
  },
  NodeRecovered(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (n) { n.lost = false; n.lastHeartbeat = e.at; }
  },
  NodeRemoved(s, e) {
    tdel(s.nodes, e.node);
    const i = s.nodeNames.indexOf(e.node);
    if (i >= 0) (s.nodeNames = batchOwned(s.nodeNames)).splice(i, 1);
  },
  NodeConditionChanged(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (n) setCondition(n.object, e.condition);
  },
  NodeTainted(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (!n) return;
    const spec = n.object.spec as { taints?: Node['spec']['taints'] };
    const taints = (spec.taints ?? []).filter((t) => !(t.key === e.taint.key && t.effect === e.taint.effect));
    spec.taints = [...taints, e.taint];
  },
  NodeUntainted(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (!n) return;
    const spec = n.object.spec as { taints?: Node['spec']['taints'] };
    spec.taints = (spec.taints ?? []).filter((t) => !(t.key === e.key && t.effect === e.effect));
  },
  NodeMetadataChanged(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (!n) return;
    if (e.labels) n.object.metadata.labels = e.labels;
    if (e.annotations) n.object.metadata.annotations = e.annotations;
  },
  NodeSchedulableChanged(s, e) {
    const n = tdraft(s.nodes, e.node);
    if (!n) return;
    const spec = n.object.spec as { unschedulable?: boolean };
    if (e.unschedulable) spec.unschedulable = true;
    else delete spec.unschedulable;
  },
  ImageCached(s, e) {
    const images = (tlatest(s.nodes, e.node)?.object.status as { images?: Image[] } | undefined)?.images;
    if (images?.some((i) => i.names.includes(e.image))) return;
    const n = ownedNode(s, e.node);
    if (!n) return;
    const image: Image = e.sizeBytes === undefined ? { names: [e.image] }
      : { names: [e.image], sizeBytes: e.sizeBytes };
    // A new object, status and list (the key `images` added last when absent, as a draft would).
    const object = { ...n.object, status: { ...n.object.status, images: [...(images ?? []), image] } } as Node;
    n.object = isAutoFreeze() ? deepFreeze(object) : object;
  },
} satisfies CaseReducers;
