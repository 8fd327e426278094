import fc from 'fast-check';
import type { KubeObject, Node, PodSpec, Taint, Toleration } from '../../src/api/types.js';
import { asNodeName, asUid } from '../../src/api/ids.js';

/** A small cluster for scheduler laws: 2-6 nodes with zone/disk labels, taints, cordons and small capacities. */
export interface GenNode { name: string; zone?: string; disk: string; cpu: number; memGi: number; pods: number; taint?: Taint; cordoned: boolean }
export interface GenPod {
  name: string; cpuM: number; memMi: number; app?: 'web' | 'db'; selectorDisk?: string; affinityZones?: string[];
  toleration?: Toleration; antiAffinity: boolean; spread: boolean; priority: 0 | 1 | 2;
}

const taintArb: fc.Arbitrary<Taint> = fc.record({ key: fc.constantFrom('dedicated', 'gpu'), value: fc.constantFrom('a', 'b'), effect: fc.constantFrom('NoSchedule', 'NoExecute', 'PreferNoSchedule') }) as fc.Arbitrary<Taint>;

export const nodeArb = (i: number): fc.Arbitrary<GenNode> => fc.record({
  name: fc.constant(`node-${i}`),
  zone: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined, freq: 8 }),
  disk: fc.constantFrom('ssd', 'hdd'),
  cpu: fc.integer({ min: 1, max: 4 }),
  memGi: fc.integer({ min: 1, max: 8 }),
  pods: fc.integer({ min: 2, max: 8 }),
  taint: fc.option(taintArb, { nil: undefined, freq: 3 }),
  cordoned: fc.constantFrom(false, false, false, true),
}, { requiredKeys: ['name', 'disk', 'cpu', 'memGi', 'pods', 'cordoned'] });

export const podArb = (i: number, withPriority: boolean): fc.Arbitrary<GenPod> => fc.record({
  name: fc.constant(`pod-${i}`),
  cpuM: fc.constantFrom(0, 100, 250, 500, 1000, 1500),
  memMi: fc.constantFrom(0, 128, 512, 1024, 3072),
  app: fc.option(fc.constantFrom('web' as const, 'db' as const), { nil: undefined }),
  selectorDisk: fc.option(fc.constantFrom('ssd', 'hdd'), { nil: undefined, freq: 3 }),
  affinityZones: fc.option(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), { nil: undefined, freq: 3 }),
  toleration: fc.option(fc.record({ key: fc.constantFrom('dedicated', 'gpu'), operator: fc.constantFrom('Exists' as const, 'Equal' as const), value: fc.constantFrom('a', 'b') }), { nil: undefined, freq: 3 }),
  antiAffinity: fc.boolean(),
  spread: fc.boolean(),
  priority: withPriority ? fc.constantFrom(0 as const, 1 as const, 2 as const) : fc.constant(0 as const),
}, { requiredKeys: ['name', 'cpuM', 'memMi', 'antiAffinity', 'spread', 'priority'] });

export const clusterArb = (withPriority: boolean) => fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 14 })).chain(([n, p]) =>
  fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => nodeArb(i))), fc.tuple(...Array.from({ length: p }, (_, i) => podArb(i, withPriority)))));

export const PRIORITY_CLASSES = ['prio-0', 'prio-1', 'prio-2'];
export const priorityClasses = (): KubeObject[] => PRIORITY_CLASSES.map((name, i) => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value: i * 100 } as KubeObject));

export function toNode(n: GenNode): Node {
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name: asNodeName(n.name), uid: asUid(''), labels: { 'kubernetes.io/hostname': n.name, disk: n.disk, ...(n.zone ? { zone: n.zone } : {}) } },
    spec: { ...(n.taint ? { taints: [n.taint] } : {}), ...(n.cordoned ? { unschedulable: true } : {}) },
    status: { capacity: {}, allocatable: { cpu: String(n.cpu), memory: `${n.memGi}Gi`, pods: String(n.pods) }, conditions: [], addresses: [] },
  };
}

/** The pod manifest; pods of an app share the app's anti-affinity and spread rules, so the laws hold globally. */
export function toPod(p0: GenPod, rules: { antiAffinity: Record<string, boolean>; spread: Record<string, boolean> }): KubeObject {
  let p = p0;
  const requests: Record<string, string> = {};
  if (p.cpuM) requests.cpu = `${p.cpuM}m`;
  if (p.memMi) requests.memory = `${p.memMi}Mi`;
  const spec: Record<string, unknown> = { containers: [{ name: 'c', image: 'pause', resources: { requests } }], priorityClassName: PRIORITY_CLASSES[p.priority] };
  // Spread pods carry no node affinity, so every app pod sees the same domains and max - min <= maxSkew holds globally.
  const spread = p.app !== undefined && rules.spread[p.app];
  if (spread) p = { ...p, selectorDisk: undefined, affinityZones: undefined };
  if (p.selectorDisk) spec.nodeSelector = { disk: p.selectorDisk };
  if (p.toleration) spec.tolerations = [p.toleration];
  const affinity: PodSpec['affinity'] & Record<string, unknown> = {};
  if (p.affinityZones) (affinity as Record<string, unknown>).nodeAffinity = { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: p.affinityZones }] }] } };
  if (p.app && rules.antiAffinity[p.app]) (affinity as Record<string, unknown>).podAntiAffinity = { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: p.app } }, topologyKey: 'kubernetes.io/hostname' }] };
  if (Object.keys(affinity).length) spec.affinity = affinity;
  if (p.app && rules.spread[p.app]) spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: p.app } } }];
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: p.name, namespace: 'default', ...(p.app ? { labels: { app: p.app } } : {}) }, spec } as KubeObject;
}
