import type { Node } from '../api/types.js';
import type { NodeInfo, PodInfo } from './framework.js';
/** Default allocatable pods when a node reports none (kubelet --max-pods default, 110). */
export declare const DEFAULT_MAX_PODS = 110;
/**
 * ImageLocality's name normalisation: an image without a tag means `:latest` (image_locality.go normalizedImageName).
 */
export declare function normalizedImageName(name: string): string;
/** Builds an empty NodeInfo (its pods are added with addPod). */
export declare function newNodeInfo(node: Node, index: number): NodeInfo;
/** Refreshes what a NodeInfo reads from the Node object (labels, taints, images, allocatable). */
export declare function setNode(info: NodeInfo, node: Node): void;
/**
 * framework.HostPortInfo.CheckConflict: 0.0.0.0 conflicts with any address on the same protocol
 * and port; another address conflicts with itself and with 0.0.0.0.
 */
export declare function portsConflict(info: NodeInfo, ports: readonly {
    ip: string;
    protocol: string;
    port: number;
}[]): boolean;
export declare function addPod(info: NodeInfo, p: PodInfo): void;
export declare function removePod(info: NodeInfo, p: PodInfo): boolean;
/** A copy whose pods and sums can be changed without touching the original (preemption dry runs). */
export declare function cloneNodeInfo(info: NodeInfo): NodeInfo;
