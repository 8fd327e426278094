/**
 * Plugin verdicts as kube-scheduler returns them (staging/src/k8s.io/kube-scheduler/framework,
 * interface.go `Code`): expected outcomes are values, never exceptions.
 */
export type Status = {
    readonly code: 'Success';
} | {
    readonly code: 'Skip';
} | {
    readonly code: 'Unschedulable' | 'UnschedulableAndUnresolvable';
    readonly reasons: readonly string[];
    readonly plugin: string;
} | {
    readonly code: 'Error';
    readonly error: string;
    readonly plugin: string;
};
export declare const SUCCESS: Status;
export declare const SKIP: Status;
/** Unschedulable: preemption may help (kube-scheduler: framework.Unschedulable). */
export declare const unschedulable: (plugin: string, ...reasons: string[]) => Status;
/** UnschedulableAndUnresolvable: preemption cannot help on this node. */
export declare const unresolvable: (plugin: string, ...reasons: string[]) => Status;
export declare const errorStatus: (plugin: string, error: string) => Status;
export declare const isSuccess: (s: Status) => boolean;
export declare const isRejected: (s: Status) => s is Extract<Status, {
    reasons: readonly string[];
}>;
/** The reasons a status carries, for messages (an Error status reads as its error text). */
export declare function reasonsOf(s: Status): readonly string[];
