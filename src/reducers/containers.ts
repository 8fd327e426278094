import type { CaseReducers } from './caseReducer.js';
import { containerStatus, plainSpec, podByUid, refreshPodStatus } from './pods.js';

/** Container facts move `state` / `lastState` / `restartCount` as the kubelet reports them. */
export const containerReducers = {
  ImagePulled(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (st) st.imageID = `${imageRepository(e.image)}@sha256:sim`;
  },
  ContainerWaiting(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    if (st.state.terminated) st.lastState = { terminated: st.state.terminated };
    st.state = { waiting: e.message === undefined ? { reason: e.reason } : { reason: e.reason, message: e.message } };
    st.ready = false;
    refreshPodStatus(pod, e.at);
  },
  ContainerCreated(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    // A new instance of a container that ran before is a restart: the kubelet counts instances.
    if (st.state.terminated) st.lastState = { terminated: st.state.terminated };
    if (e.restartCount > st.restartCount) st.restartCount = e.restartCount;
    st.containerID = e.containerID;
    // Created but not yet running shows as Waiting/ContainerCreating; readiness and phase are
    // unchanged from the terminated state it replaces (both count as stopped), so no refresh.
    st.state = { waiting: { reason: 'ContainerCreating' } };
  },
  ContainerStarted(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    const ps = plainSpec(pod);
    const spec = ps.containers.find((c) => c.name === e.container) ?? ps.initContainers?.find((c) => c.name === e.container);
    st.state = { running: { startedAt: e.at } };
    if (e.containerID) st.containerID = e.containerID;
    const isRegularInit = !ps.containers.some((c) => c.name === e.container) && spec?.restartPolicy !== 'Always';
    st.started = !spec?.startupProbe;
    st.ready = !isRegularInit && !spec?.startupProbe && !spec?.readinessProbe;
    refreshPodStatus(pod, e.at);
  },
  ContainerExited(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    const startedAt = st.state.running?.startedAt;
    const terminated = { exitCode: e.exitCode, reason: e.reason, ...(e.message === undefined ? {} : { message: e.message }), ...(e.signal === undefined ? {} : { signal: e.signal }), ...(startedAt === undefined ? {} : { startedAt }), finishedAt: e.at, containerID: st.containerID } as never;
    if (e.restarting) {
      st.lastState = { terminated };
      st.state = { waiting: { reason: 'ContainerCreating' } };
    } else st.state = { terminated };
    st.ready = false;
    st.started = false;
    refreshPodStatus(pod, e.at);
  },
  OOMKilled(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    const startedAt = st.state.running?.startedAt;
    // Exit code 137 = 128 + SIGKILL, reason OOMKilled: what the runtime reports after the OOM kill.
    st.state = { terminated: { exitCode: 137, reason: 'OOMKilled', ...(startedAt === undefined ? {} : { startedAt }), finishedAt: e.at, containerID: st.containerID } as never };
    st.ready = false;
    st.started = false;
    refreshPodStatus(pod, e.at);
  },
  BackOff(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    if (st.state.terminated) st.lastState = { terminated: st.state.terminated };
    st.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${formatBackoff(e.delayMs)} restarting failed container=${e.container} pod=${e.pod.split('/')[1]}_${e.pod.split('/')[0]}(${e.uid})` } };
    refreshPodStatus(pod, e.at);
  },
} satisfies CaseReducers;

/** Go's time.Duration String() for whole seconds, as in the kubelet's back-off message ("10s", "1m20s", "5m0s"). */
export function formatBackoff(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}

/** The image's full repository name as the runtime reports it: docker.io/library/nginx, registry.k8s.io/pause. */
export function imageRepository(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at < 0 ? image : image.slice(0, at);
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  const first = repo.split('/')[0];
  if (!repo.includes('/')) return `docker.io/library/${repo}`;
  return first.includes('.') || first.includes(':') || first === 'localhost' ? repo : `docker.io/${repo}`;
}
