import { asNodeName, NO_UID } from '../api/ids.js';
import { MAX_NODE_COUNT } from '../api/limits.js';
import type { Node, ResourceList, Taint } from '../api/types.js';
import { quantity, labels as checkLabels, isObj, oneOf, type Problems } from '../api/validation/common.js';

/**
 * Builds Node objects from the scenario's `nodes:` shorthand. Labels get the well-known ones the
 * kubelet sets (kubernetes.io/hostname, kubernetes.io/os, kubernetes.io/arch); allocatable
 * defaults to capacity (no system reservations unless the user gives `allocatable`).
 */
export function buildNode(name: string, e: Record<string, unknown>, p: Problems, path: string): Node {
  const capacity: Record<string, string | number> = {};
  const cap = e.capacity ?? {};
  if (!isObj(cap)) p.push({ path: `${path}.capacity`, message: 'must be a map of resource name to quantity' });
  else for (const [r, q] of Object.entries(cap)) if (quantity(p, `${path}.capacity.${r}`, q)) capacity[r] = q as string;
  // The kubelet's default maxPods is 110 (pkg/kubelet/apis/config/v1beta1/defaults.go).
  if (capacity.pods === undefined) capacity.pods = '110';
  let allocatable: ResourceList = capacity;
  if (e.allocatable !== undefined) {
    const a: Record<string, string | number> = { ...capacity };
    if (!isObj(e.allocatable)) p.push({ path: `${path}.allocatable`,
      message: 'must be a map of resource name to quantity' });
    else for (const [r, q] of Object.entries(e.allocatable)) if (quantity(p, `${path}.allocatable.${r}`, q)) a[r] =
      q as string;
    allocatable = a;
  }
  checkLabels(p, `${path}.labels`, e.labels);
  const taints: Taint[] = [];
  if (e.taints !== undefined) {
    if (!Array.isArray(e.taints)) p.push({ path: `${path}.taints`, message: 'must be a list of {key, value, effect}' });
    else e.taints.forEach((t, i) => {
      if (!isObj(t) || typeof t.key !== 'string') { p.push({ path: `${path}.taints[${i}].key`,
        message: 'Required value' }); return; }
      oneOf(p, `${path}.taints[${i}].effect`, t.effect ?? '', ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
      taints.push({ key: t.key, ...(t.value === undefined ? {} : { value: String(t.value) }),
        effect: t.effect as Taint['effect'] });
    });
  }
  const userLabels = isObj(e.labels) ? (e.labels as Record<string, string>) : {};
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: asNodeName(name),
      uid: NO_UID,
      labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux',
        ...userLabels },
      ...(isObj(e.annotations) ? { annotations: e.annotations as Record<string, string> } : {}),
    },
    spec: { ...(taints.length ? { taints } : {}), ...(e.unschedulable === true ? { unschedulable: true } : {}) },
    status: {
      capacity,
      allocatable,
      conditions: [],
      addresses: [],
      ...(Array.isArray(e.images) ? { images: (e.images as string[]).map((i) => ({ names: [String(i)] })) } : {}),
    },
  };
}

/** Expands one `nodes:` entry: `name:` gives one node; `namePrefix:` with `count:` gives prefix0..prefixN-1. */
export function expandNodes(e: unknown, p: Problems, path: string): Node[] {
  if (!isObj(e)) { p.push({ path, message: 'must be a mapping with name (or namePrefix and count) and capacity' });
    return []; }
  const known = ['name', 'namePrefix', 'count', 'capacity', 'allocatable', 'labels', 'taints', 'unschedulable',
    'images', 'annotations'];
  for (const k of Object.keys(e)) if (!known.includes(k)) p.push(
    { path: `${path}.${k}`, message: `unknown field (known: ${known.join(', ')})` });
  if (typeof e.name === 'string') return [buildNode(e.name, e, p, path)];
  if (typeof e.namePrefix === 'string') {
    const count = e.count ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count)
      || count < 0) { p.push({ path: `${path}.count`, message: 'must be a non-negative integer' }); return []; }
    if (count > MAX_NODE_COUNT) { p.push({ path: `${path}.count`,
      message: `Invalid value: ${count}: must be at most ${MAX_NODE_COUNT} (kubesim's limit, 10 times the 5,000 ` +
        `nodes Kubernetes supports per cluster)` }); return []; }
    const out: Node[] = [];
    for (let i = 0; i < count; i++) out.push(buildNode(`${e.namePrefix}${i}`, e, i === 0 ? p : [], path));
    return out;
  }
  p.push({ path: `${path}.name`, message: 'Required value: give name, or namePrefix with count' });
  return [];
}
