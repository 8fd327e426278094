import type { ContainerStatus } from '../api/types.js';
import { ownedPart } from './batchOwned.js';
import type { CaseReducers } from './caseReducer.js';
import { changeContainer, refresh } from './podUpdate.js';

type Terminated = NonNullable<ContainerStatus['state']['terminated']>;

/**
 * The terminated state the runtime reports for the instance `st` was running: its start, the
 * moment it ended and its container ID, after what the fact says (keys in the order kubectl shows).
 */
function terminatedState(st: ContainerStatus, how: Pick<Terminated, 'exitCode' | 'reason' | 'message' | 'signal'>,
  at: number): Terminated {
  const startedAt = st.state.running?.startedAt;
  return { ...how, ...(startedAt === undefined ? {} : { startedAt }), finishedAt: at, containerID: st.containerID } as
    Terminated;
}

/**
 * Container facts move `state` / `lastState` / `restartCount` as the kubelet reports them, on the
 * batch's own copy of the pod and of the container's status (podUpdate.ts changeContainer): keys
 * are assigned in the order the spread literals they replace had them, and a status is read
 * before the same key is assigned (the copy may be the status itself, owned by the batch).
 */
export const containerReducers = {
  ImagePulled(s, e) {
    // The image too: after an in-place image update (PodSpecUpdated) the next instance runs the new one.
    changeContainer(s, e.uid, e.container, (st) => {
      const next = ownedPart(st);
      next.image = e.image;
      next.imageID = imageIDOf(e.image);
      return next;
    });
  },
  ContainerWaiting(s, e) {
    const pod = changeContainer(s, e.uid, e.container, (st) => {
      const next = ownedPart(st);
      if (st.state.terminated) next.lastState = { terminated: st.state.terminated };
      next.state = { waiting: e.message === undefined ? { reason: e.reason }
        : { reason: e.reason, message: e.message } };
      next.ready = false;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
  ContainerCreated(s, e) {
    // A new instance of a container that ran before is a restart: the kubelet counts instances.
    // Created but not yet running shows as Waiting/ContainerCreating; readiness and phase are
    // unchanged from the terminated state it replaces (both count as stopped), so no refresh.
    changeContainer(s, e.uid, e.container, (st) => {
      const next = ownedPart(st);
      if (st.state.terminated) next.lastState = { terminated: st.state.terminated };
      next.restartCount = Math.max(st.restartCount, e.restartCount);
      next.containerID = e.containerID;
      next.state = { waiting: { reason: 'ContainerCreating' } };
      return next;
    });
  },
  ContainerStarted(s, e) {
    const pod = changeContainer(s, e.uid, e.container, (st, spec, init) => {
      const isRegularInit = init && spec.restartPolicy !== 'Always';
      const next = ownedPart(st);
      next.state = { running: { startedAt: e.at } };
      if (e.containerID) next.containerID = e.containerID;
      next.started = !spec.startupProbe;
      next.ready = !isRegularInit && !spec.startupProbe && !spec.readinessProbe;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
  ContainerExited(s, e) {
    const pod = changeContainer(s, e.uid, e.container, (st, spec, init) => {
      const terminated = terminatedState(st, { exitCode: e.exitCode, reason: e.reason,
        ...(e.message === undefined ? {} : { message: e.message }),
        ...(e.signal === undefined ? {} : { signal: e.signal }) }, e.at);
      // prober_manager.go UpdatePodStatus: an init container that exited 0 is reported ready.
      const ready = init && spec.restartPolicy !== 'Always' && e.exitCode === 0;
      const next = ownedPart(st);
      if (e.restarting) {
        next.lastState = { terminated };
        next.state = { waiting: { reason: 'ContainerCreating' } };
        next.ready = false;
      } else {
        next.state = { terminated };
        next.ready = ready;
      }
      next.started = false;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
  OOMKilled(s, e) {
    const pod = changeContainer(s, e.uid, e.container, (st) => {
      // Exit code 137 = 128 + SIGKILL, reason OOMKilled: what the runtime reports after the OOM kill.
      const next = ownedPart(st);
      next.state = { terminated: terminatedState(st, { exitCode: 137, reason: 'OOMKilled' }, e.at) };
      next.ready = false;
      next.started = false;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
  BackOff(s, e) {
    const [namespace, name] = e.pod.split('/');
    const pod = changeContainer(s, e.uid, e.container, (st) => {
      const next = ownedPart(st);
      if (st.state.terminated) next.lastState = { terminated: st.state.terminated };
      next.state = { waiting: { reason: 'CrashLoopBackOff',
        message: `back-off ${formatBackoff(e.delayMs)} restarting failed ` +
          `container=${e.container} pod=${name}_${namespace}(${e.uid})` } };
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
} satisfies CaseReducers;

/** Go's time.Duration String() for whole seconds, as in the kubelet's back-off message ("10s", "1m20s", "5m0s"). */
export function formatBackoff(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}

/**
 * The imageID the runtime reports for an image: one string per image, shared by every pod that
 * pulls it (built per pod, it was a string each of 150,000 pods kept).
 */
const imageIDs = new Map<string, string>();
function imageIDOf(image: string): string {
  let id = imageIDs.get(image);
  if (id === undefined) { id = `${imageRepository(image)}@sha256:sim`; imageIDs.set(image, id); }
  return id;
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
