import { LabelMap, invalid, isEmptySelector, isObj, labels, labelSelector, required, selectorMatches } from './common.js';
import { validatePodSpec } from './pod.js';
/** core/validation ValidatePodTemplateSpec: template labels and the pod spec. */
export function validatePodTemplate(p, path, t, extraVolumes = []) {
    if (!isObj(t)) {
        required(p, path);
        return undefined;
    }
    const md = isObj(t.metadata) ? t.metadata : {};
    labels(p, `${path}.metadata.labels`, md.labels);
    validatePodSpec(p, `${path}.spec`, t.spec, extraVolumes);
    return t;
}
/**
 * A controller's selector (apps/v1: required, non-empty, valid) and the template it must match:
 * apps/validation ValidateDeploymentSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec.
 * Kubernetes does not validate a StatefulSet's template pod spec (a TODO there, because of claim
 * volumes); kubesim does, with the claim template names counted as volumes, since it runs the pods.
 */
export function validateSelectorAndTemplate(p, spec, kindWord, kind, extraVolumes = []) {
    const sel = spec.selector;
    if (sel === undefined || sel === null)
        required(p, 'spec.selector');
    else if (isObj(sel)) {
        labelSelector(p, 'spec.selector', sel);
        if (isEmptySelector(sel))
            invalid(p, 'spec.selector', sel, `empty selector is invalid for ${kindWord}`);
    }
    const t = validatePodTemplate(p, 'spec.template', spec.template, extraVolumes);
    if (!t)
        return;
    const tl = isObj(t.metadata) && isObj(t.metadata.labels) ? t.metadata.labels : {};
    if (isObj(sel) && !isEmptySelector(sel) && !selectorMatches(sel, tl))
        invalid(p, 'spec.template.metadata.labels', new LabelMap(tl), '`selector` does not match template `labels`');
    replicaSetTemplateRules(p, t, kind);
}
/** apps/validation ValidatePodTemplateSpecForReplicaSet: long-running pods only. */
export function replicaSetTemplateRules(p, t, kind) {
    const spec = isObj(t.spec) ? t.spec : {};
    if (spec.restartPolicy !== undefined && spec.restartPolicy !== 'Always')
        p.push({ path: 'spec.template.spec.restartPolicy',
            message: `Unsupported value: ${JSON.stringify(spec.restartPolicy)}: supported values: "Always"` });
    if (spec.activeDeadlineSeconds !== undefined)
        p.push({ path: 'spec.template.spec.activeDeadlineSeconds',
            message: `Forbidden: activeDeadlineSeconds in ${kind} is not Supported` });
}
