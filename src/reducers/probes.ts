import type { CaseReducers } from './caseReducer.js';
import { containerStatus, plainSpec, podByUid, refreshPodStatus } from './pods.js';

/** Probe results: startup gates `started`; readiness drives `ready`; liveness only logs (the kubelet then kills). */
export const probeReducers = {
  ProbeSucceeded(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st || !st.state.running) return;
    const ps = plainSpec(pod);
    const spec = ps.containers.find((c) => c.name === e.container) ?? ps.initContainers?.find((c) => c.name === e.container);
    if (e.probe === 'startup') {
      st.started = true;
      if (!spec?.readinessProbe) st.ready = true;
    } else if (e.probe === 'readiness') st.ready = true;
    refreshPodStatus(pod, e.at);
  },
  ProbeFailed(s, e) {
    const pod = podByUid(s, e.uid);
    const st = pod && containerStatus(pod, e.container);
    if (!pod || !st) return;
    if (e.probe === 'readiness') {
      st.ready = false;
      refreshPodStatus(pod, e.at);
    }
  },
} satisfies CaseReducers;
