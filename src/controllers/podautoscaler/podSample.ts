import type { Millis } from '../../api/ids.js';
import type { Steps } from '../../api/behavior.js';
import { toCanonical } from '../../api/quantity.js';
import type { Pod } from '../../api/types.js';
import { resolvedBehavior, valueAt } from '../../behavior/resolve.js';
import type { BehaviorRule } from '../../scenario/types.js';
import type { PodSample } from './replicaCalculator.js';

/** A pod's sample less its usage, and what the usage is computed from (each container's start and steps). */
interface SampleParts {
  readonly rules: readonly BehaviorRule[];
  readonly head: Pick<PodSample, 'name' | 'phase' | 'deleting' | 'startTime' | 'ready'>;
  readonly request: number | undefined;
  /** Undefined when some container is not running: no usage sample. */
  readonly started: readonly Millis[] | undefined;
  readonly steps: readonly (Steps | undefined)[];
}

/** Per pod object (immutable) and resource: the HPA samples the same running pods every 15 s. */
const partsOf = new WeakMap<Pod, Map<string, SampleParts>>();

function sampleParts(pod: Pod, resource: string, rules: readonly BehaviorRule[]): SampleParts {
  let byResource = partsOf.get(pod);
  const cached = byResource?.get(resource);
  if (cached && cached.rules === rules) return cached;
  let request: number | undefined = 0;
  let started: Millis[] | undefined = [];
  const steps: (Steps | undefined)[] = [];
  for (const c of pod.spec.containers) {
    const st = pod.status.containerStatuses?.find((s) => s.name === c.name);
    const at = st?.state.running?.startedAt;
    if (at === undefined || pod.status.phase !== 'Running') started = undefined;
    else if (started !== undefined) { started.push(at); steps.push(resolvedBehavior(rules, pod, c)[
      resource as 'cpu' | 'memory']); }
    const r = c.resources?.requests?.[resource];
    request = r === undefined || request === undefined ? undefined : request + toCanonical(resource, r);
  }
  const ready = pod.status.conditions.find((c) => c.type === 'Ready');
  const head = {
    name: pod.metadata.name, phase: pod.status.phase, deleting: pod.metadata.deletionTimestamp !== undefined,
    ...(pod.status.startTime !== undefined ? { startTime: pod.status.startTime } : {}),
    ...(ready ? { ready: { status: ready.status, lastTransitionTime: ready.lastTransitionTime ?? 0 } } : {}),
  };
  const parts = { rules, head, request, started, steps };
  if (!byResource) partsOf.set(pod, byResource = new Map());
  byResource.set(resource, parts);
  return parts;
}

/**
 * What the metrics pipeline reports for a pod: usage is the sum over its containers of the
 * behaviour model's `cpu` / `memory` steps at the time since each container started; no sample
 * until every container runs. request: the sum of the containers' requests.
 */
export function podSample(pod: Pod, resource: string, rules: readonly BehaviorRule[], now: Millis): PodSample {
  const { head, request, started, steps } = sampleParts(pod, resource, rules);
  let usage: number | undefined;
  if (started !== undefined) {
    usage = 0;
    for (let i = 0; i < started.length; i++) usage += valueAt(steps[i], now - started[i]);
  }
  return {
    ...head,
    ...(usage !== undefined ? { usage } : {}),
    ...(request !== undefined ? { request } : {}),
  };
}
