import { podRef, changedPods } from './helpers.js';
import { violation, type Invariant, type Violation } from './types.js';

/** A container's restartCount never decreases while its pod lives (same uid). */
export const restartCountMonotonic: Invariant = {
  name: 'restart-count-monotonic',
  description: "a container's restartCount never decreases within one pod",
  when: 'batch',
  check(ctx) {
    const out: Violation[] = [];
    for (const [, before, after] of changedPods(ctx)) {
      const prev = new Map((before.status.containerStatuses ?? []).map((c) => [c.name, c.restartCount]));
      for (const c of after.status.containerStatuses ?? []) {
        const was = prev.get(c.name);
        if (was !== undefined && c.restartCount < was)
          out.push(violation('restart-count-monotonic', ctx,
            `${podRef(after)} container ${c.name}: restartCount went from ${was} to ${c.restartCount}`,
              [podRef(after)]));
      }
    }
    return out;
  },
};
