import { scaledValue, resourceScale } from '../quantity.js';
import { dnsLabel, isObj, labels, nonNegativeInt, oneOf, quantity, type Obj, type Problems } from './common.js';

function resources(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!isObj(v)) { p.push({ path, message: 'must be an object' }); return; }
  const ok: Record<string, Record<string, boolean>> = { requests: {}, limits: {} };
  for (const kind of ['requests', 'limits'] as const) {
    const list = v[kind];
    if (list === undefined) continue;
    if (!isObj(list)) { p.push({ path: `${path}.${kind}`, message: 'must be a map of resource name to quantity' }); continue; }
    for (const [r, q] of Object.entries(list)) ok[kind][r] = quantity(p, `${path}.${kind}.${r}`, q);
  }
  const req = v.requests as Obj | undefined, lim = v.limits as Obj | undefined;
  if (req && lim) for (const r of Object.keys(req)) {
    if (ok.requests[r] && ok.limits[r] && lim[r] !== undefined && scaledValue(req[r] as string, resourceScale(r)) > scaledValue(lim[r] as string, resourceScale(r)))
      p.push({ path: `${path}.requests`, message: `Invalid value: ${JSON.stringify(req[r])}: must be less than or equal to ${r} limit of ${String(lim[r])}` });
  }
}

function probe(p: Problems, path: string, v: unknown): void {
  if (v === undefined) return;
  if (!isObj(v)) { p.push({ path, message: 'must be an object' }); return; }
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => v[h] !== undefined);
  if (handlers.length === 0) p.push({ path, message: 'Required value: must specify a handler type' });
  if (handlers.length > 1) p.push({ path: `${path}.${handlers[1]}`, message: 'Forbidden: may not specify more than 1 handler type' });
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) nonNegativeInt(p, `${path}.${f}`, v[f]);
}

function container(p: Problems, path: string, v: unknown, names: Set<string>, isInit: boolean): void {
  if (!isObj(v)) { p.push({ path, message: 'must be an object' }); return; }
  dnsLabel(p, `${path}.name`, v.name);
  if (typeof v.name === 'string') {
    if (names.has(v.name)) p.push({ path: `${path}.name`, message: `Duplicate value: ${JSON.stringify(v.name)}` });
    names.add(v.name);
  }
  if (typeof v.image !== 'string' || v.image.trim() === '') p.push({ path: `${path}.image`, message: 'Required value' });
  oneOf(p, `${path}.imagePullPolicy`, v.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']);
  resources(p, `${path}.resources`, v.resources);
  for (const pr of ['livenessProbe', 'readinessProbe', 'startupProbe']) probe(p, `${path}.${pr}`, v[pr]);
  if (isInit && v.restartPolicy === undefined) {
    for (const pr of ['livenessProbe', 'readinessProbe', 'startupProbe']) if (v[pr] !== undefined) p.push({ path: `${path}.${pr}`, message: 'Forbidden: may not be set for init containers without restartPolicy=Always' });
  }
  if (v.restartPolicy !== undefined) {
    if (!isInit) p.push({ path: `${path}.restartPolicy`, message: 'Forbidden: may not be set for non-init containers' });
    else oneOf(p, `${path}.restartPolicy`, v.restartPolicy, ['Always']);
  }
  if (v.ports !== undefined && !Array.isArray(v.ports)) p.push({ path: `${path}.ports`, message: 'must be a list' });
  else for (const [i, port] of ((v.ports as unknown[]) ?? []).entries()) {
    if (!isObj(port) || typeof port.containerPort !== 'number' || port.containerPort < 1 || port.containerPort > 65535) p.push({ path: `${path}.ports[${i}].containerPort`, message: 'Invalid value: must be between 1 and 65535, inclusive' });
  }
}

/** Pod spec validation, after pkg/apis/core/validation ValidatePodSpec (the rules kubesim relies on). */
export function validatePodSpec(p: Problems, path: string, spec: unknown): void {
  if (!isObj(spec)) { p.push({ path, message: 'Required value' }); return; }
  const names = new Set<string>();
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) p.push({ path: `${path}.containers`, message: 'Required value' });
  else spec.containers.forEach((c, i) => container(p, `${path}.containers[${i}]`, c, names, false));
  if (spec.initContainers !== undefined) {
    if (!Array.isArray(spec.initContainers)) p.push({ path: `${path}.initContainers`, message: 'must be a list' });
    else spec.initContainers.forEach((c, i) => container(p, `${path}.initContainers[${i}]`, c, names, true));
  }
  oneOf(p, `${path}.restartPolicy`, spec.restartPolicy, ['Always', 'OnFailure', 'Never']);
  nonNegativeInt(p, `${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds);
  if (spec.activeDeadlineSeconds !== undefined) {
    nonNegativeInt(p, `${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds);
    if (spec.activeDeadlineSeconds === 0) p.push({ path: `${path}.activeDeadlineSeconds`, message: 'Invalid value: 0: must be between 1 and 2147483647, inclusive' });
  }
  labels(p, `${path}.nodeSelector`, spec.nodeSelector);
  oneOf(p, `${path}.preemptionPolicy`, spec.preemptionPolicy, ['PreemptLowerPriority', 'Never']);
  if (Array.isArray(spec.tolerations)) spec.tolerations.forEach((t, i) => {
    if (!isObj(t)) return;
    oneOf(p, `${path}.tolerations[${i}].operator`, t.operator, ['Exists', 'Equal']);
    oneOf(p, `${path}.tolerations[${i}].effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute', '']);
    if (t.operator === 'Exists' && t.value !== undefined && t.value !== '') p.push({ path: `${path}.tolerations[${i}].operator`, message: 'Invalid value: "Exists": value must be empty when `operator` is \'Exists\'' });
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') p.push({ path: `${path}.tolerations[${i}].effect`, message: 'Invalid value: effect must be \'NoExecute\' when `tolerationSeconds` is set' });
  });
  if (Array.isArray(spec.volumes)) {
    const seen = new Set<string>();
    spec.volumes.forEach((vol, i) => {
      if (!isObj(vol)) return;
      dnsLabel(p, `${path}.volumes[${i}].name`, vol.name);
      if (typeof vol.name === 'string') { if (seen.has(vol.name)) p.push({ path: `${path}.volumes[${i}].name`, message: `Duplicate value: ${JSON.stringify(vol.name)}` }); seen.add(vol.name); }
    });
  }
}
