import { defaultTemplate, isObj, or, specOf, withSpec } from './util.js';
/** SetDefaults_ReplicationController: replicas 1; selector and labels default to the template's labels. */
export function defaultReplicationController(o) {
    const s = specOf(o);
    const t = isObj(s.template) ? s.template : undefined;
    const tl = t && isObj(t.metadata) && isObj(t.metadata.labels) ? t.metadata.labels
        : undefined;
    const selector = isObj(s.selector) && Object.keys(s.selector).length > 0 ? s.selector : tl;
    const labels = o.metadata.labels && Object.keys(o.metadata.labels).length > 0 ? o.metadata.labels : tl;
    return {
        ...withSpec(o, { ...s, replicas: or(s.replicas, 1), ...(selector ? { selector } : {}),
            ...(t ? { template: defaultTemplate(t) } : {}) }),
        metadata: { ...o.metadata, ...(labels ? { labels } : {}) },
    };
}
/** SetDefaults_PersistentVolumeClaim: volumeMode Filesystem. */
export const defaultPersistentVolumeClaim = (o) => {
    const s = specOf(o);
    return withSpec(o, { ...s, volumeMode: or(s.volumeMode, 'Filesystem') });
};
/** SetDefaults_Secret: type Opaque. */
export const defaultSecret = (o) => ({ ...o, type: or(o.type, 'Opaque') });
/** scheduling/v1 SetDefaults_PriorityClass: preemptionPolicy PreemptLowerPriority. */
export const defaultPriorityClass = (o) => ({ ...o, value: or(o.value, 0), preemptionPolicy: or(o.preemptionPolicy, 'PreemptLowerPriority') });
/**
 * SetDefaults_LimitRangeItem for `type: Container`: a missing default limit is the max, a missing
 * default request is the default limit, else the min.
 */
export function defaultLimitRange(o) {
    const s = specOf(o);
    if (!Array.isArray(s.limits))
        return o;
    const limits = s.limits.map((item) => {
        if (!isObj(item) || item.type !== 'Container')
            return item;
        const def = { ...(item.max ?? {}), ...(item.default ?? {}) };
        const defReq = { ...(item.min ?? {}), ...def, ...(item.defaultRequest ?? {}) };
        return { ...item, default: def, defaultRequest: defReq };
    });
    return withSpec(o, { ...s, limits });
}
/** v1.LabelMetadataName: every Namespace is labelled with its own name. */
export const LABEL_METADATA_NAME = 'kubernetes.io/metadata.name';
/** SetDefaults_Namespace (pkg/apis/core/v1/defaults.go): the `kubernetes.io/metadata.name` label, set to the name. */
export const defaultNamespace = (o) => (o.metadata.name
    && o.metadata.labels?.[LABEL_METADATA_NAME] !== o.metadata.name
    ? { ...o, metadata: { ...o.metadata, labels: { ...o.metadata.labels, [LABEL_METADATA_NAME]: o.metadata.name } } }
    : o);
