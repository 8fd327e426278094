import type { Container, PodSpec, Probe } from './types.js';

/** Probe defaults (pkg/apis/core/v1/defaults.go SetDefaults_Probe). */
export const PROBE_DEFAULTS = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 } as const;
/** pkg/apis/core/v1/defaults.go SetDefaults_PodSpec: TerminationGracePeriodSeconds. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** pkg/apis/core/types.go: DefaultSchedulerName. */
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

const defaultProbe = (p: Probe | undefined): Probe | undefined => (p ? { ...PROBE_DEFAULTS, ...p } : undefined);

/**
 * imagePullPolicy default (SetDefaults_Container): Always when the tag is `latest` or absent
 * (and no digest), IfNotPresent otherwise.
 */
export function defaultPullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  if (!image) return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Container): Container {
  const out: Record<string, unknown> = {
    ...c,
    imagePullPolicy: c.imagePullPolicy ?? defaultPullPolicy(c.image),
    terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
    resources: defaultResources(c),
  };
  for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) if (c[k]) out[k] = defaultProbe(c[k]);
  return out as Container;
}

/** Requests default to limits where only limits are given (SetDefaults_Pod, "requests default to limits"). */
function defaultResources(c: Container): Container['resources'] {
  const r = c.resources ?? {};
  if (!r.limits) return r;
  return { ...r, requests: { ...r.limits, ...(r.requests ?? {}) } };
}

/** The PodSpec with the API server's defaults applied, as a `kubectl get -o yaml` would show it. */
export function defaultPodSpec(spec: PodSpec): PodSpec {
  return {
    ...spec,
    containers: spec.containers.map(defaultContainer),
    ...(spec.initContainers ? { initContainers: spec.initContainers.map(defaultContainer) } : {}),
    restartPolicy: spec.restartPolicy ?? 'Always',
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS,
    dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
    schedulerName: spec.schedulerName ?? DEFAULT_SCHEDULER_NAME,
    securityContext: (spec.securityContext as object | undefined) ?? {},
    enableServiceLinks: (spec.enableServiceLinks as boolean | undefined) ?? true,
    preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
  };
}
