/** Probe defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export const PROBE_DEFAULTS = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1,
    failureThreshold: 3 };
/** pkg/apis/core/v1/defaults.go SetDefaults_PodSpec: TerminationGracePeriodSeconds. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** pkg/apis/core/types.go: DefaultSchedulerName. */
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';
const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** SetDefaults_HTTPGetAction: path "/", scheme HTTP. */
const defaultHandler = (h) => {
    if (!isRec(h) || !isRec(h.httpGet))
        return h;
    return { ...h, httpGet: { ...h.httpGet, path: h.httpGet.path ?? '/', scheme: h.httpGet.scheme ?? 'HTTP' } };
};
/** SetDefaults_Probe: timeout, period, success and failure thresholds that are unset *or 0* take their defaults. */
function defaultProbe(p) {
    if (!p)
        return undefined;
    const out = { ...PROBE_DEFAULTS, ...p };
    for (const k of ['timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
        if (!out[k])
            out[k] = PROBE_DEFAULTS[k];
    }
    return defaultHandler(out);
}
/** SetDefaults_ContainerPort (protocol TCP); with hostNetwork, hostPort = containerPort (defaultHostNetworkPorts). */
const defaultPorts = (ports, hostNetwork) => ports?.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP',
    ...(hostNetwork && p.hostPort === undefined ? { hostPort: p.containerPort } : {}) }));
/** SetDefaults_ObjectFieldSelector: fieldRef.apiVersion v1. */
const defaultEnv = (env) => env?.map((e) => (isRec(e) && isRec(e.valueFrom) && isRec(e.valueFrom.fieldRef)
    ? { ...e, valueFrom: { ...e.valueFrom, fieldRef: { apiVersion: 'v1', ...e.valueFrom.fieldRef } } } : e));
/** SetDefaults_ConfigMapVolumeSource / Secret / DownwardAPI / Projected: defaultMode 0644 (420). */
export const DEFAULT_VOLUME_MODE = 0o644;
/**
 * SetDefaults_Volume: a volume that names no source at all (`- name: data`) is an emptyDir, as the
 * API server's defaulting makes it (archived examples rely on it, e.g. the redis
 * ReplicationController); then the source defaults below.
 */
function defaultVolume(v) {
    if (!isRec(v))
        return v;
    if (Object.keys(v).every((k) => k === 'name' || v[k] === null || v[k] === undefined))
        return { name: v.name,
            emptyDir: {} };
    for (const k of ['configMap', 'secret', 'downwardAPI', 'projected']) {
        const src = v[k];
        if (isRec(src))
            return { ...v, [k]: { ...src, defaultMode: src.defaultMode ?? DEFAULT_VOLUME_MODE } };
    }
    return v;
}
/**
 * imagePullPolicy default (SetDefaults_Container): Always when the tag is `latest` or absent
 * (and no digest), IfNotPresent otherwise.
 */
export function defaultPullPolicy(image) {
    if (!image)
        return 'IfNotPresent';
    if (image.includes('@'))
        return 'IfNotPresent';
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    if (colon < 0)
        return 'Always';
    return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}
function defaultContainer(c, hostNetwork) {
    const out = {
        ...c,
        ...(c.ports ? { ports: defaultPorts(c.ports, hostNetwork) } : {}),
        ...(c.env ? { env: defaultEnv(c.env) } : {}),
        ...(isRec(c.lifecycle) ? { lifecycle: { ...c.lifecycle,
                ...(c.lifecycle.postStart ? { postStart: defaultHandler(c.lifecycle.postStart) } : {}),
                ...(c.lifecycle.preStop ? { preStop: defaultHandler(c.lifecycle.preStop) } : {}) } } : {}),
        imagePullPolicy: c.imagePullPolicy ?? defaultPullPolicy(c.image),
        terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
        terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
        resources: defaultResources(c),
    };
    for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe'])
        if (c[k])
            out[k] = defaultProbe(c[k]);
    return out;
}
/** Requests default to limits where only limits are given (SetDefaults_Pod, "requests default to limits"). */
function defaultResources(c) {
    const r = c.resources ?? {};
    if (!r.limits)
        return r;
    return { ...r, requests: { ...r.limits, ...(r.requests ?? {}) } };
}
/** The PodSpec with the API server's defaults applied, as a `kubectl get -o yaml` would show it. */
export function defaultPodSpec(spec) {
    const hostNetwork = spec.hostNetwork === true;
    const volumes = spec.volumes;
    return {
        ...spec,
        containers: spec.containers.map((c) => defaultContainer(c, hostNetwork)),
        ...(spec.initContainers ? { initContainers: spec.initContainers.map((c) => defaultContainer(c, hostNetwork)) }
            : {}),
        ...(volumes ? { volumes: volumes.map((v) => defaultVolume(v)) } : {}),
        restartPolicy: spec.restartPolicy ?? 'Always',
        terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS,
        dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
        schedulerName: spec.schedulerName ?? DEFAULT_SCHEDULER_NAME,
        securityContext: spec.securityContext ?? {},
        enableServiceLinks: spec.enableServiceLinks ?? true,
        preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
    };
}
