import type { LabelSelector, Labels } from '../../api/types.js';
import type { PodInfo, Snapshot } from '../framework.js';
/**
 * helper/spread.go GetPodServices: the Services of the pod's namespace whose selector matches the
 * pod's labels; a Service without a selector (nil) matches nothing, not everything.
 */
export declare function podServices(pod: PodInfo, snapshot: Snapshot): Labels[];
/**
 * helper/spread.go DefaultSelector: the merged selectors of the Services selecting the pod, then
 * its controller's selector (a ReplicationController's label set merged in; a ReplicaSet's or
 * StatefulSet's requirements added, so both must hold). Undefined when the result is empty: the
 * default topology spread constraints then do not apply (podtopologyspread buildDefaultConstraints).
 */
export declare function defaultSelector(pod: PodInfo, snapshot: Snapshot): LabelSelector | undefined;
