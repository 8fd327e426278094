/**
 * GET pods/NAME/log (kubectl logs): which container, and whether it has a log to read, decided as
 * the API server's LogLocation (pkg/registry/core/pod/strategy.go) and the kubelet's
 * validateContainerLogStatus (pkg/kubelet/kubelet_pods.go) decide it, with their messages. What a
 * container writes is not simulated: a container that ran has an empty log.
 */
import type { ContainerStatus, Pod } from '../api/types.js';
import type { ResourceRequest, ServeContext } from './context.js';
import { mustGet } from './reads.js';
import { badRequest } from './status.js';

const names = (cs: readonly { readonly name: string }[] | undefined): string => (cs ?? []).map((c) => c.name)
  .join(' ');

/** LogLocation: the named container, or the pod's only one; BadRequest otherwise. */
function containerOf(pod: Pod, wanted: string): string {
  const name = pod.metadata.name, spec = pod.spec;
  if (wanted === '') {
    if (spec.containers.length === 1) return spec.containers[0].name;
    if (spec.containers.length === 0) throw badRequest(`a container name must be specified for pod ${name}`);
    let message = `a container name must be specified for pod ${name}, choose one of: [${names(spec.containers)}]`;
    if (spec.initContainers?.length) message += ` or one of the init containers: [${names(spec.initContainers)}]`;
    throw badRequest(message);
  }
  // podHasContainerWithName: app, init and ephemeral containers.
  const all = [...spec.containers, ...(spec.initContainers ?? []),
    ...((spec as { ephemeralContainers?: { name: string }[] }).ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === wanted)) throw badRequest(`container ${wanted} is not valid for pod ${name}`);
  return wanted;
}

/** validateContainerLogStatus: a problem (the kubelet's words, a 400 through the API server), or undefined. */
function logProblem(pod: Pod, container: string, previous: boolean): string | undefined {
  const at = `container "${container}" in pod "${pod.metadata.name}"`;
  const st: ContainerStatus | undefined = [...(pod.status.containerStatuses ?? []),
    ...(pod.status.initContainerStatuses ?? [])].find((s) => s.name === container);
  if (!st) return `${at} is not available`;
  type Ended = { containerID?: string } | undefined;
  const last = st.lastState.terminated as Ended, { waiting, running } = st.state;
  const terminated = st.state.terminated as Ended;
  if (previous) {
    return last?.containerID ? undefined : `previous terminated container "${container}" in pod "${
      pod.metadata.name}" not found`;
  }
  if (running) return undefined;
  if (terminated) return terminated.containerID || last?.containerID ? undefined
    : `${at} is terminated`;
  if (last) return last.containerID ? undefined : `${at} is terminated`;
  if (waiting) {
    // images.ErrImagePull and ErrImagePullBackOff get their own words; other reasons are quoted.
    if (waiting.reason === 'ErrImagePull') return `${at} is waiting to start: image can't be pulled`;
    if (waiting.reason === 'ImagePullBackOff') return `${at} is waiting to start: trying and failing to pull image`;
    return `${at} is waiting to start: ${waiting.reason ?? ''}`;
  }
  return `${at} is waiting to start - no logs yet`;
}

/** The log's text (always empty: output is not simulated), or a 404/400 ApiError. */
export function podLog(ctx: ServeContext, req: ResourceRequest): string {
  const pod = mustGet(ctx, req) as unknown as Pod;
  const container = containerOf(pod, req.query.get('container') ?? '');
  // LogLocation: a pod not yet assigned a node has no location, and the answer is empty.
  if (!pod.spec.nodeName) return '';
  const previous = ['true', '1'].includes(req.query.get('previous') ?? '');
  const problem = logProblem(pod, container, previous);
  if (problem) throw badRequest(problem);
  return '';
}
