import { ownedPart } from './batchOwned.js';
import type { CaseReducers } from './caseReducer.js';
import { changeContainer, refresh } from './podUpdate.js';

/** Probe results: startup gates `started`; readiness drives `ready`; liveness only logs (the kubelet then kills). */
export const probeReducers = {
  ProbeSucceeded(s, e) {
    if (e.probe === 'liveness') return;
    const pod = changeContainer(s, e.uid, e.container, (st, spec) => {
      if (!st.state.running) return undefined;
      const next = ownedPart(st);
      if (e.probe === 'startup') {
        next.started = true;
        if (!spec.readinessProbe) next.ready = true;
      } else next.ready = true;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
  ProbeFailed(s, e) {
    if (e.probe !== 'readiness') return;
    const pod = changeContainer(s, e.uid, e.container, (st) => {
      const next = ownedPart(st);
      next.ready = false;
      return next;
    });
    if (pod) refresh(s, pod, e.at);
  },
} satisfies CaseReducers;
