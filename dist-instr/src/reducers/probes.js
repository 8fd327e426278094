import { refreshed, updatePod, withContainer } from './podUpdate.js';
/** Probe results: startup gates `started`; readiness drives `ready`; liveness only logs (the kubelet then kills). */
export const probeReducers = {
    ProbeSucceeded(s, e) {
        if (e.probe === 'liveness')
            return;
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st, spec) => {
                if (!st.state.running)
                    return undefined;
                if (e.probe === 'startup')
                    return { ...st, started: true, ...(spec.readinessProbe ? {} : { ready: true }) };
                return { ...st, ready: true };
            });
            return next && refreshed(next, e.at);
        });
    },
    ProbeFailed(s, e) {
        if (e.probe !== 'readiness')
            return;
        updatePod(s, e.uid, (pod) => {
            const next = withContainer(pod, e.container, (st) => ({ ...st, ready: false }));
            return next && refreshed(next, e.at);
        });
    },
};
