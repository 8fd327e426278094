import type { KubeObject, LabelSelector, LabelSelectorRequirement, Labels } from '../../api/types.js';
import { getObject, objectCount, objectEntries } from '../../reducers/state.js';
import type { PodInfo, Snapshot } from '../framework.js';

type WithSelector = KubeObject & { spec?: { selector?: unknown } };

/**
 * helper/spread.go GetPodServices: the Services of the pod's namespace whose selector matches the
 * pod's labels; a Service without a selector (nil) matches nothing, not everything.
 */
export function podServices(pod: PodInfo, snapshot: Snapshot): Labels[] {
  const out: Labels[] = [];
  if (objectCount(snapshot.state, 'services') === 0) return out;
  const prefix = `${pod.namespace}/`, labels = pod.pod.metadata.labels ?? {};
  for (const [key, svc] of objectEntries(snapshot.state, 'services')) {
    if (!key.startsWith(prefix)) continue;
    const sel = (svc as WithSelector).spec?.selector as Labels | undefined;
    if (!sel) continue;
    let all = true;
    for (const k in sel) if (labels[k] !== sel[k]) { all = false; break; }
    if (all) out.push(sel);
  }
  return out;
}

const OWNER_RESOURCES: Readonly<Record<string, string>> = {
  // helper/spread.go rcKind, rsKind, ssKind: v1 ReplicationController, apps/v1 ReplicaSet and StatefulSet.
  'v1/ReplicationController': 'replicationcontrollers',
  'apps/v1/ReplicaSet': 'replicasets',
  'apps/v1/StatefulSet': 'statefulsets',
};

/**
 * helper/spread.go DefaultSelector: the merged selectors of the Services selecting the pod, then
 * its controller's selector (a ReplicationController's label set merged in; a ReplicaSet's or
 * StatefulSet's requirements added, so both must hold). Undefined when the result is empty: the
 * default topology spread constraints then do not apply (podtopologyspread buildDefaultConstraints).
 */
export function defaultSelector(pod: PodInfo, snapshot: Snapshot): LabelSelector | undefined {
  const owner = pod.pod.metadata.ownerReferences?.find((o) => o.controller);
  const res = owner ? OWNER_RESOURCES[`${owner.apiVersion}/${owner.kind}`] : undefined;
  // No Service and no such controller: nothing selects the pod (asked once per scheduling attempt).
  if (!res && objectCount(snapshot.state, 'services') === 0) return undefined;
  let matchLabels: Labels = {};
  for (const s of podServices(pod, snapshot)) matchLabels = { ...matchLabels, ...s };
  const matchExpressions: LabelSelectorRequirement[] = [];
  if (owner && res) {
    const sel = getObject<WithSelector>(snapshot.state, res, `${pod.namespace}/${owner.name}`)?.spec?.selector;
    if (sel && res === 'replicationcontrollers') matchLabels = { ...matchLabels, ...(sel as Labels) };
    else if (sel) {
      const ls = sel as LabelSelector;
      for (const [key, v] of Object.entries(ls.matchLabels ?? {})) matchExpressions.push(
        { key, operator: 'In', values: [v] });
      matchExpressions.push(...(ls.matchExpressions ?? []));
    }
  }
  if (Object.keys(matchLabels).length === 0 && matchExpressions.length === 0) return undefined;
  return { matchLabels, matchExpressions };
}
