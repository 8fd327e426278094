/**
 * Plugin verdicts as kube-scheduler returns them (staging/src/k8s.io/kube-scheduler/framework,
 * interface.go `Code`): expected outcomes are values, never exceptions.
 */
export type Status =
  | { readonly code: 'Success' }
  | { readonly code: 'Skip' }
  | { readonly code: 'Unschedulable' | 'UnschedulableAndUnresolvable'; readonly reasons: readonly string[];
    readonly plugin: string }
  | { readonly code: 'Error'; readonly error: string; readonly plugin: string };

export const SUCCESS: Status = Object.freeze({ code: 'Success' });
export const SKIP: Status = Object.freeze({ code: 'Skip' });

/** Unschedulable: preemption may help (kube-scheduler: framework.Unschedulable). */
export const unschedulable = (plugin: string, ...reasons: string[]): Status =>
  ({ code: 'Unschedulable', reasons, plugin });
/** UnschedulableAndUnresolvable: preemption cannot help on this node. */
export const unresolvable = (plugin: string, ...reasons: string[]): Status =>
  ({ code: 'UnschedulableAndUnresolvable', reasons, plugin });
export const errorStatus = (plugin: string, error: string): Status => ({ code: 'Error', error, plugin });

export const isSuccess = (s: Status): boolean => s.code === 'Success';
export const isRejected = (s: Status): s is Extract<Status, { reasons: readonly string[] }> =>
  s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable';

/** The reasons a status carries, for messages (an Error status reads as its error text). */
export function reasonsOf(s: Status): readonly string[] {
  if (s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable') return s.reasons;
  if (s.code === 'Error') return [s.error];
  return [];
}
