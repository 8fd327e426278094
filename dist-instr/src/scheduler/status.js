export const SUCCESS = Object.freeze({ code: 'Success' });
export const SKIP = Object.freeze({ code: 'Skip' });
/** Unschedulable: preemption may help (kube-scheduler: framework.Unschedulable). */
export const unschedulable = (plugin, ...reasons) => ({ code: 'Unschedulable', reasons, plugin });
/** UnschedulableAndUnresolvable: preemption cannot help on this node. */
export const unresolvable = (plugin, ...reasons) => ({ code: 'UnschedulableAndUnresolvable', reasons, plugin });
export const errorStatus = (plugin, error) => ({ code: 'Error', error, plugin });
export const isSuccess = (s) => s.code === 'Success';
export const isRejected = (s) => s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable';
/** The reasons a status carries, for messages (an Error status reads as its error text). */
export function reasonsOf(s) {
    if (s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable')
        return s.reasons;
    if (s.code === 'Error')
        return [s.error];
    return [];
}
