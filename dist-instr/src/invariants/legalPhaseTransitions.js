import { podRef, changedPods } from './helpers.js';
import { batchInvariant } from './types.js';
/**
 * Pod phases only move forward: Pending -> Running -> Succeeded|Failed (Pending may also end
 * directly). A terminal phase is never left: the kubelet refuses it ("attempted illegal transition
 * from terminal phase", pkg/kubelet/status/status_manager.go, updateStatusInternal).
 */
const LEGAL = {
    Pending: ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'],
    Running: ['Running', 'Succeeded', 'Failed', 'Unknown'],
    Unknown: ['Unknown', 'Running', 'Succeeded', 'Failed'],
    Succeeded: ['Succeeded'],
    Failed: ['Failed'],
};
export const legalPhaseTransitions = batchInvariant('legal-phase-transitions', 'pod phases move Pending -> Running -> Succeeded|Failed and never leave a terminal phase', (ctx, report) => {
    for (const [, before, after] of changedPods(ctx)) {
        const from = before.status.phase, to = after.status.phase;
        if (!(LEGAL[from] ?? []).includes(to))
            report(`${podRef(after)} went from phase ${from} to ${to}`, [podRef(after)]);
    }
});
