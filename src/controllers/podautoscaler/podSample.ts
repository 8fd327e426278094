import type { Millis } from '../../api/ids.js';
import type { Steps } from '../../api/behavior.js';
import { toCanonical } from '../../api/quantity.js';
import type { Container, Pod } from '../../api/types.js';
import { resolvedBehavior, valueAt } from '../../behavior/resolve.js';
import type { BehaviorRule } from '../../scenario/types.js';
import type { PodSample } from './replicaCalculator.js';

/** A pod's sample less its usage, and what the usage is computed from (each container's start and steps). */
interface SampleParts {
  readonly rules: readonly BehaviorRule[];
  readonly head: Pick<PodSample, 'name' | 'phase' | 'deleting' | 'startTime' | 'ready' | 'missingRequest'>;
  readonly request: number | undefined;
  /** The sum of the containers' limits (milli-units); undefined: some container has none. */
  readonly limit: number | undefined;
  /** Undefined when some container is not running: no usage sample. */
  readonly started: readonly Millis[] | undefined;
  readonly steps: readonly (Steps | undefined)[];
}

/** Per pod object (immutable) and resource: the HPA samples the same running pods every 15 s. */
const partsOf = new WeakMap<Pod, Map<string, SampleParts>>();

/** What groupPods and getReadyPodsCount read of a pod: its phase, deletion, start and Ready condition. */
export function podHead(pod: Pod): Pick<PodSample, 'name' | 'phase' | 'deleting' | 'startTime' | 'ready'> {
  const ready = pod.status.conditions.find((c) => c.type === 'Ready');
  return {
    name: pod.metadata.name, phase: pod.status.phase, deleting: pod.metadata.deletionTimestamp !== undefined,
    ...(pod.status.startTime !== undefined ? { startTime: pod.status.startTime } : {}),
    ...(ready ? { ready: { status: ready.status, lastTransitionTime: ready.lastTransitionTime ?? 0 } } : {}),
  };
}

/**
 * The containers metrics-server reports and calculateRequests sums (replica_calculator.go
 * calculatePodRequestsFromContainers): the app containers and the restartable init containers (sidecars).
 */
export const measured = (pod: Pod): Container[] => [...pod.spec.containers,
  ...(pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];

/** Quantity.MilliValue(): the HPA reads every value in milli-units (cpu millicores, memory millibytes). */
const milli = (resource: string, q: string | number): number => toCanonical(resource, q) * (resource === 'cpu' ? 1
  : 1000);

function sampleParts(pod: Pod, resource: string, rules: readonly BehaviorRule[]): SampleParts {
  let byResource = partsOf.get(pod);
  const cached = byResource?.get(resource);
  if (cached && cached.rules === rules) return cached;
  let request: number | undefined = 0, limit: number | undefined = 0, missingRequest: string | undefined;
  let started: Millis[] | undefined = [];
  const steps: (Steps | undefined)[] = [];
  const statuses = [...(pod.status.containerStatuses ?? []), ...(pod.status.initContainerStatuses ?? [])];
  for (const c of measured(pod)) {
    const st = statuses.find((s) => s.name === c.name);
    const at = st?.state.running?.startedAt;
    if (at === undefined || pod.status.phase !== 'Running') started = undefined;
    else if (started !== undefined) { started.push(at); steps.push(resolvedBehavior(rules, pod, c)[
      resource as 'cpu' | 'memory']); }
    const r = c.resources?.requests?.[resource], l = c.resources?.limits?.[resource];
    if (r === undefined) missingRequest ??= c.name;
    request = r === undefined || request === undefined ? undefined : request + milli(resource, r);
    limit = l === undefined || limit === undefined ? undefined : limit + milli(resource, l);
  }
  const head = { ...podHead(pod), ...(missingRequest !== undefined ? { missingRequest } : {}) };
  const parts = { rules, head, request, limit, started, steps };
  if (!byResource) partsOf.set(pod, byResource = new Map());
  byResource.set(resource, parts);
  return parts;
}

/**
 * What the metrics pipeline reports for a pod, in milli-units: the sum over its containers of the
 * behaviour model's `cpu` / `memory` steps at the time since each container started, plus `share`
 * (its part of a Service's load, behavior/serviceLoad.ts), capped at the pod's limit as the CFS
 * quota caps a container; rounded up as Quantity.MilliValue() rounds metrics-server's nanocores.
 * No sample until every container runs. request: the sum of the containers' requests.
 */
export function podSample(pod: Pod, resource: string, rules: readonly BehaviorRule[], now: Millis,
  share = 0): PodSample {
  const { head, request, limit, started, steps } = sampleParts(pod, resource, rules);
  let usage: number | undefined;
  if (started !== undefined) {
    usage = share;
    const scale = resource === 'cpu' ? 1 : 1000;
    for (let i = 0; i < started.length; i++) usage += valueAt(steps[i], now - started[i]) * scale;
    usage = Math.ceil(limit === undefined ? usage : Math.min(usage, limit));
  }
  // One shape for every sample (absent values undefined): the HPA makes one per target pod every 15 s.
  return { name: head.name, phase: head.phase, deleting: head.deleting, startTime: head.startTime, ready: head.ready,
    missingRequest: head.missingRequest, usage, request };
}
