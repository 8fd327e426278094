import { activeDeadlineUpdateProblem } from '../api/validation/podUpdate.js';

/**
 * What an update may change in a pod or a node, as the API server's update validation decides
 * (pkg/apis/core/validation/validation.go ValidatePodUpdate, ValidateNodeUpdate), and what of
 * that kubesim carries out: labels, annotations, container images and activeDeadlineSeconds of pods; labels,
 * annotations, taints and
 * spec.unschedulable of nodes. Each refusal names its field path.
 */
type Obj = Record<string, unknown>;

export interface FieldRefusal { readonly field: string; readonly message: string }

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** ValidatePodUpdate's list of the spec fields an update may change (joined as the API server joins them). */
const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
].join(',');

/** The paths at which two JSON values differ (the first few), as a short stand-in for the API server's spec diff. */
function differences(a: unknown, b: unknown, path: string, out: string[] = []): string[] {
  if (out.length >= 5 || same(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => differences(x, b[i], `${path}[${i}]`, out));
  } else if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], `${path}.${k}`, out);
  } else out.push(`  ${path}: ${JSON.stringify(a ?? null)} -> ${JSON.stringify(b ?? null)}`);
  return out;
}

/** A pod spec with the fields ValidatePodUpdate lets change set aside (its "munged" spec). */
function munged(spec: Obj): Obj {
  const noImage = (cs: unknown): unknown => (Array.isArray(cs) ? cs.map((c) => (isObj(c) ? { ...c, image: '' } : c))
    : cs);
  const { activeDeadlineSeconds: _a, tolerations: _t, terminationGracePeriodSeconds: _g, schedulingGates: _s,
    ...rest } = spec;
  return { ...rest, containers: noImage(spec.containers), initContainers: noImage(spec.initContainers) };
}

/** Metadata fields whose change kubesim cannot carry out on an existing object (ownership, finalizers). */
const FIXED_METADATA = ['ownerReferences', 'finalizers'];

function metadataRefusals(current: Obj, next: Obj, kind: string): FieldRefusal[] {
  const a = (current.metadata ?? {}) as Obj, b = (next.metadata ?? {}) as Obj;
  return FIXED_METADATA.filter((f) => !same(a[f], b[f])).map((f) => ({ field: `metadata.${f}`,
    message: `Forbidden: kubesim does not simulate changes of an existing ${kind}'s ${f}` }));
}

/**
 * Why an update of a pod from `current` to `next` (both as served, without status) is refused,
 * or [] when it changes only labels, annotations, container images and (within its rule) activeDeadlineSeconds. Spec
 * changes outside ValidatePodUpdate's
 * list get its Forbidden message; those on the list are refused as not simulated.
 */
export function podUpdateRefusals(current: Obj, next: Obj): FieldRefusal[] {
  const a = (current.spec ?? {}) as Obj, b = (next.spec ?? {}) as Obj;
  const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
  // ValidatePodUpdate checks the deadline first and answers with that alone.
  const deadline = activeDeadlineUpdateProblem(num(a.activeDeadlineSeconds), num(b.activeDeadlineSeconds));
  if (deadline) return [{ field: deadline.path, message: deadline.message }];
  if (!same(munged(a), munged(b))) {
    return [{ field: 'spec', message: `Forbidden: pod updates may not change fields other than ${
      UPDATABLE_POD_SPEC_FIELDS}\n${differences(munged(a), munged(b), 'spec').join('\n')}` }];
  }
  // Image and deadline changes are carried out (PodSpecUpdated: the kubelet restarts the container, or fails the
  // pod at its new deadline); the others are not.
  const inPlace = differences(a, b, 'spec').map((d) => d.trim().split(':')[0])
    .filter((field) => !/^spec\.((containers|initContainers)\[\d+\]\.image|activeDeadlineSeconds)$/.test(field));
  return [
    ...inPlace.map((field) => ({ field, message:
      'Forbidden: kubesim does not simulate in-place changes of a pod\'s spec (the API server allows this one); ' +
        'delete and recreate the pod' })),
    ...metadataRefusals(current, next, 'pod'),
  ];
}

/**
 * Why an update of a node is refused (ValidateNodeUpdate: podCIDRs and providerID are fixed
 * once set), or []; labels, annotations, taints and spec.unschedulable may change. Status is
 * not updatable here (the registry keeps the stored status on an update of the main resource).
 */
export function nodeUpdateRefusals(current: Obj, next: Obj): FieldRefusal[] {
  const a = (current.spec ?? {}) as Obj, b = (next.spec ?? {}) as Obj;
  const out: FieldRefusal[] = [];
  if (a.podCIDRs !== undefined && (!same(a.podCIDRs, b.podCIDRs) || !same(a.podCIDR, b.podCIDR))) out.push({
    field: 'spec.podCIDRs', message: 'Forbidden: node updates may not change podCIDR except from "" to valid' });
  if (a.providerID && a.providerID !== b.providerID) out.push({ field: 'spec.providerID',
    message: 'Forbidden: node updates may not change providerID except from "" to valid' });
  const rest = (s: Obj): Obj => { const { podCIDR: _c, podCIDRs: _cs, providerID: _p, taints: _t, unschedulable: _u,
    ...r } = s; return r; };
  for (const d of differences(rest(a), rest(b), 'spec')) {
    const field = d.trim().split(':')[0];
    out.push({ field, message: `Forbidden: kubesim does not simulate changes of a node's ${field}` });
  }
  return [...out, ...metadataRefusals(current, next, 'node')];
}

/** Whether only spec.unschedulable differs (kubectl cordon / uncordon): recorded as those actions. */
export function onlyUnschedulableChanged(current: Obj, next: Obj): boolean {
  const strip = (x: Obj): Obj => ({ ...x, spec: { ...(x.spec as Obj), unschedulable: undefined } });
  return same(strip(current), strip(next));
}
