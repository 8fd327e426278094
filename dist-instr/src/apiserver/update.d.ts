import type { Node, Pod } from '../api/types.js';
import type { Outbox } from '../decider/outbox.js';
import type { Source } from '../scenario/types.js';
/**
 * An apply of a pod that exists: its labels and annotations change (PodMetadataChanged), as an
 * update through the API server changes them; its spec does not (pod specs are immutable, and
 * kubesim does not simulate the in-place image changes the API server allows): a spec the
 * stored pod does not cover is reported, not applied.
 */
export declare function updatePod(stored: Pod, applied: Pod, key: string, source: Source, out: Outbox): void;
/**
 * An apply of a node that exists (kubectl label, annotate, taint, cordon through the API): its
 * labels and annotations (NodeMetadataChanged), taints (NodeTainted / NodeUntainted) and
 * spec.unschedulable (NodeSchedulableChanged) change; status is the kubelet's and is kept, as
 * the node registry keeps it on an update.
 */
export declare function updateNode(stored: Node, applied: Node, out: Outbox): void;
