import type { Pod } from '../api/types.js';
import type { NodeState } from '../reducers/state.js';
/** The node's InternalIP: hostIP of its pods, and podIP of hostNetwork pods. */
export declare const nodeIP: (n: NodeState) => string;
/**
 * The pause container's IP: the node's pod CIDR (a /24) and its next free host number
 * (`host`, counted by the kubelet from NodeState.nextPodIP, which the PodSandboxReady reducer
 * moves the same way), 2..254 then around again.
 */
export declare function sandboxIP(n: NodeState, pod: Pod, hostNumber: number): string;
