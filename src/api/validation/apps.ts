/** Workload validation after pkg/apis/apps/validation/validation.go (and core's for ReplicationController). */
import { LabelMap, forbidden, intOrPercent, invalid, isObj, isZeroIntOrPercent, labels, nonNegative, oneOf, required, type Obj, type Problems } from './common.js';
import { validatePersistentVolumeClaimSpec } from './core.js';
import { replicaSetTemplateRules, validatePodTemplate, validateSelectorAndTemplate } from './template.js';

const specOf = (p: Problems, o: Obj): Obj | undefined => {
  if (!isObj(o.spec)) { required(p, 'spec'); return undefined; }
  return o.spec;
};

export function validateDeployment(p: Problems, o: Obj): void {
  const s = specOf(p, o); if (!s) return;
  nonNegative(p, 'spec.replicas', s.replicas);
  validateSelectorAndTemplate(p, s, 'deployment');
  const st = isObj(s.strategy) ? s.strategy : undefined;
  if (st) {
    oneOf(p, 'spec.strategy.type', st.type, ['Recreate', 'RollingUpdate']);
    if (st.type === 'Recreate' && st.rollingUpdate !== undefined && st.rollingUpdate !== null) forbidden(p, 'spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'");
    if (isObj(st.rollingUpdate)) {
      const ru = st.rollingUpdate;
      intOrPercent(p, 'spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, true);
      intOrPercent(p, 'spec.strategy.rollingUpdate.maxSurge', ru.maxSurge, false);
      if (isZeroIntOrPercent(ru.maxUnavailable) && isZeroIntOrPercent(ru.maxSurge)) invalid(p, 'spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0');
    }
  }
  nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
  nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
  if (typeof s.progressDeadlineSeconds === 'number') {
    nonNegative(p, 'spec.progressDeadlineSeconds', s.progressDeadlineSeconds);
    if (s.progressDeadlineSeconds <= ((s.minReadySeconds as number | undefined) ?? 0)) invalid(p, 'spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds');
  }
}

export function validateReplicaSet(p: Problems, o: Obj): void {
  const s = specOf(p, o); if (!s) return;
  nonNegative(p, 'spec.replicas', s.replicas);
  nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
  validateSelectorAndTemplate(p, s, 'replicaset');
}

/** core/validation ValidateReplicationControllerSpec: selector (a map) defaults to the template labels. */
export function validateReplicationController(p: Problems, o: Obj): void {
  const s = specOf(p, o); if (!s) return;
  nonNegative(p, 'spec.replicas', s.replicas);
  nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
  labels(p, 'spec.selector', s.selector);
  const t = validatePodTemplate(p, 'spec.template', s.template);
  if (!t) return;
  const tl = isObj(t.metadata) && isObj(t.metadata.labels) ? t.metadata.labels : {};
  if (isObj(s.selector) && Object.keys(s.selector).length > 0) {
    const sel = s.selector;
    if (!Object.entries(sel).every(([k, v]) => tl[k] === v)) invalid(p, 'spec.template.metadata.labels', new LabelMap(tl), '`selector` does not match template `labels`');
  } else if (Object.keys(tl).length === 0) required(p, 'spec.selector');
  replicaSetTemplateRules(p, t);
}

export function validateStatefulSet(p: Problems, o: Obj): void {
  const s = specOf(p, o); if (!s) return;
  oneOf(p, 'spec.podManagementPolicy', s.podManagementPolicy, ['OrderedReady', 'Parallel']);
  const us = isObj(s.updateStrategy) ? s.updateStrategy : undefined;
  if (us) {
    oneOf(p, 'spec.updateStrategy.type', us.type, ['RollingUpdate', 'OnDelete']);
    if (us.type === 'OnDelete' && us.rollingUpdate !== undefined && us.rollingUpdate !== null) forbidden(p, 'spec.updateStrategy.rollingUpdate', "only allowed for updateStrategy 'RollingUpdate'");
    if (isObj(us.rollingUpdate)) {
      nonNegative(p, 'spec.updateStrategy.rollingUpdate.partition', us.rollingUpdate.partition);
      intOrPercent(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', us.rollingUpdate.maxUnavailable, true);
      if (isZeroIntOrPercent(us.rollingUpdate.maxUnavailable)) invalid(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', us.rollingUpdate.maxUnavailable, 'must be greater than 0');
    }
  }
  nonNegative(p, 'spec.replicas', s.replicas);
  nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
  nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
  const claimNames = Array.isArray(s.volumeClaimTemplates) ? s.volumeClaimTemplates.flatMap((c) => (isObj(c) && isObj(c.metadata) && typeof c.metadata.name === 'string' ? [c.metadata.name] : [])) : [];
  validateSelectorAndTemplate(p, s, 'statefulset', claimNames);
  if (Array.isArray(s.volumeClaimTemplates)) {
    const names = new Set<string>();
    s.volumeClaimTemplates.forEach((c, i) => {
      const cp = `spec.volumeClaimTemplates[${i}]`;
      if (!isObj(c)) return;
      const name = isObj(c.metadata) ? c.metadata.name : undefined;
      if (typeof name !== 'string' || name === '') required(p, `${cp}.metadata.name`, 'name or generateName is required');
      else { if (names.has(name)) p.push({ path: `${cp}.metadata.name`, message: `Duplicate value: ${JSON.stringify(name)}` }); names.add(name); }
      validatePersistentVolumeClaimSpec(p, `${cp}.spec`, c.spec);
    });
  }
}

export function validateDaemonSet(p: Problems, o: Obj): void {
  const s = specOf(p, o); if (!s) return;
  validateSelectorAndTemplate(p, s, 'daemonset');
  const us = isObj(s.updateStrategy) ? s.updateStrategy : undefined;
  if (us) {
    oneOf(p, 'spec.updateStrategy.type', us.type, ['RollingUpdate', 'OnDelete']);
    if (isObj(us.rollingUpdate)) {
      const ru = us.rollingUpdate;
      intOrPercent(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, true);
      intOrPercent(p, 'spec.updateStrategy.rollingUpdate.maxSurge', ru.maxSurge, true);
      // apps/validation ValidateRollingUpdateDaemonSet: maxUnavailable defaults to 1, maxSurge to 0.
      if (isZeroIntOrPercent(ru.maxUnavailable ?? 1) && isZeroIntOrPercent(ru.maxSurge ?? 0)) invalid(p, 'spec.updateStrategy.rollingUpdate.maxUnavailable', ru.maxUnavailable ?? 0, 'may not be 0 when `maxSurge` is 0');
    }
  }
  nonNegative(p, 'spec.minReadySeconds', s.minReadySeconds);
  nonNegative(p, 'spec.revisionHistoryLimit', s.revisionHistoryLimit);
}
