import fc from 'fast-check';
import type { KubeObject, Node, Taint, Toleration } from '../../src/api/types.js';
/** A small cluster for scheduler laws: 2-6 nodes with zone/disk labels, taints, cordons and small capacities. */
export interface GenNode {
    name: string;
    zone?: string;
    disk: string;
    cpu: number;
    memGi: number;
    pods: number;
    taint?: Taint;
    cordoned: boolean;
}
export interface GenPod {
    name: string;
    cpuM: number;
    memMi: number;
    app?: 'web' | 'db';
    selectorDisk?: string;
    affinityZones?: string[];
    toleration?: Toleration;
    antiAffinity: boolean;
    spread: boolean;
    priority: 0 | 1 | 2;
}
export declare const nodeArb: (i: number) => fc.Arbitrary<GenNode>;
export declare const podArb: (i: number, withPriority: boolean) => fc.Arbitrary<GenPod>;
export declare const clusterArb: (withPriority: boolean) => fc.Arbitrary<[GenNode[], GenPod[]]>;
export declare const PRIORITY_CLASSES: string[];
export declare const priorityClasses: () => KubeObject[];
export declare function toNode(n: GenNode): Node;
/** The pod manifest; pods of an app share the app's anti-affinity and spread rules, so the laws hold globally. */
export declare function toPod(p0: GenPod, rules: {
    antiAffinity: Record<string, boolean>;
    spread: Record<string, boolean>;
}): KubeObject;
