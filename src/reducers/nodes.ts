import type { Condition, Node } from '../api/types.js';
import type { CaseReducers } from './caseReducer.js';
import { tdel, tdraft, tget, tlatest, tset } from './table.js';
import type { NodeState } from './state.js';
import type { Draft } from 'immer';

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
    if (!tget(s.nodes, e.node)) s.nodeNames.push(e.node);
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
    if (i >= 0) s.nodeNames.splice(i, 1);
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
    const n = tdraft(s.nodes, e.node);
    if (!n) return;
    const status = n.object.status as { images?: { names: string[]; sizeBytes?: number }[] };
    const images = status.images ?? (status.images = []);
    if (!images.some((i) => i.names.includes(e.image))) images.push(e.sizeBytes === undefined ? { names: [e.image] }
      : { names: [e.image], sizeBytes: e.sizeBytes });
  },
} satisfies CaseReducers;
