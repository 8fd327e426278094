import { copyOf, refreshed, updatePod, withContainer } from './podUpdate.js';
/** Container facts move `state` / `lastState` / `restartCount` as the kubelet reports them. */
export const containerReducers = {
    ImagePulled(s, e) {
        updatePod(s, e.uid, (pod) => withContainer(pod, e.container, (st) => ({ ...st, imageID: imageIDOf(e.image) })));
    },
    ContainerWaiting(s, e) {
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st) => ({
                ...st,
                ...(st.state.terminated ? { lastState: { terminated: st.state.terminated } } : {}),
                state: { waiting: e.message === undefined ? { reason: e.reason } : { reason: e.reason, message: e.message } },
                ready: false,
            }));
            return next && refreshed(next, e.at);
        });
    },
    ContainerCreated(s, e) {
        // A new instance of a container that ran before is a restart: the kubelet counts instances.
        // Created but not yet running shows as Waiting/ContainerCreating; readiness and phase are
        // unchanged from the terminated state it replaces (both count as stopped), so no refresh.
        updatePod(s, e.uid, (pod) => withContainer(pod, e.container, (st) => {
            // Keys assigned onto a copy in the order the spread literal had them (copyOf: podUpdate.ts).
            const next = copyOf(st);
            if (st.state.terminated)
                next.lastState = { terminated: st.state.terminated };
            next.restartCount = Math.max(st.restartCount, e.restartCount);
            next.containerID = e.containerID;
            next.state = { waiting: { reason: 'ContainerCreating' } };
            return next;
        }));
    },
    ContainerStarted(s, e) {
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st, spec, init) => {
                const isRegularInit = init && spec.restartPolicy !== 'Always';
                const next = copyOf(st);
                next.state = { running: { startedAt: e.at } };
                if (e.containerID)
                    next.containerID = e.containerID;
                next.started = !spec.startupProbe;
                next.ready = !isRegularInit && !spec.startupProbe && !spec.readinessProbe;
                return next;
            });
            return next && refreshed(next, e.at);
        });
    },
    ContainerExited(s, e) {
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st, spec, init) => {
                const startedAt = st.state.running?.startedAt;
                const terminated = { exitCode: e.exitCode, reason: e.reason,
                    ...(e.message === undefined ? {} : { message: e.message }),
                    ...(e.signal === undefined ? {} : { signal: e.signal }), ...(startedAt === undefined ? {} : { startedAt }),
                    finishedAt: e.at, containerID: st.containerID };
                // prober_manager.go UpdatePodStatus: an init container that exited 0 is reported ready.
                const ready = init && spec.restartPolicy !== 'Always' && e.exitCode === 0;
                return e.restarting
                    ? { ...st, lastState: { terminated }, state: { waiting: { reason: 'ContainerCreating' } }, ready: false,
                        started: false }
                    : { ...st, state: { terminated }, ready, started: false };
            });
            return next && refreshed(next, e.at);
        });
    },
    OOMKilled(s, e) {
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st) => {
                const startedAt = st.state.running?.startedAt;
                // Exit code 137 = 128 + SIGKILL, reason OOMKilled: what the runtime reports after the OOM kill.
                const terminated = { exitCode: 137, reason: 'OOMKilled', ...(startedAt === undefined ? {} : { startedAt }),
                    finishedAt: e.at, containerID: st.containerID };
                return { ...st, state: { terminated }, ready: false, started: false };
            });
            return next && refreshed(next, e.at);
        });
    },
    BackOff(s, e) {
        updatePod(s, e.uid, (pod) => {
            const [namespace, name] = e.pod.split('/');
            const next = withContainer(pod, e.container, (st) => ({
                ...st,
                ...(st.state.terminated ? { lastState: { terminated: st.state.terminated } } : {}),
                state: { waiting: { reason: 'CrashLoopBackOff',
                        message: `back-off ${formatBackoff(e.delayMs)} restarting failed ` +
                            `container=${e.container} pod=${name}_${namespace}(${e.uid})` } },
            }));
            return next && refreshed(next, e.at);
        });
    },
};
/** Go's time.Duration String() for whole seconds, as in the kubelet's back-off message ("10s", "1m20s", "5m0s"). */
export function formatBackoff(ms) {
    const s = Math.round(ms / 1000);
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}
/**
 * The imageID the runtime reports for an image: one string per image, shared by every pod that
 * pulls it (built per pod, it was a string each of 150,000 pods kept).
 */
const imageIDs = new Map();
function imageIDOf(image) {
    let id = imageIDs.get(image);
    if (id === undefined) {
        id = `${imageRepository(image)}@sha256:sim`;
        imageIDs.set(image, id);
    }
    return id;
}
/** The image's full repository name as the runtime reports it: docker.io/library/nginx, registry.k8s.io/pause. */
export function imageRepository(image) {
    const at = image.indexOf('@');
    const noDigest = at < 0 ? image : image.slice(0, at);
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
    const first = repo.split('/')[0];
    if (!repo.includes('/'))
        return `docker.io/library/${repo}`;
    return first.includes('.') || first.includes(':') || first === 'localhost' ? repo : `docker.io/${repo}`;
}
