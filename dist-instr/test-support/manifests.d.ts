/** Valid manifests of every kind kubesim models, for validation tests; change one field with `set`. */
type Obj = Record<string, unknown>;
export declare const MANIFESTS: {
    readonly Pod: () => Obj;
    readonly Deployment: () => Obj;
    readonly ReplicaSet: () => Obj;
    readonly ReplicationController: () => Obj;
    readonly StatefulSet: () => Obj;
    readonly DaemonSet: () => Obj;
    readonly Job: () => Obj;
    readonly CronJob: () => Obj;
    readonly HPAv2: () => Obj;
    readonly HPAv1: () => Obj;
    readonly PodDisruptionBudget: () => Obj;
    readonly PriorityClass: () => Obj;
    readonly ConfigMap: () => Obj;
    readonly Secret: () => Obj;
    readonly Namespace: () => Obj;
    readonly PersistentVolumeClaim: () => Obj;
    readonly Node: () => Obj;
};
export type ManifestName = keyof typeof MANIFESTS;
/**
 * Returns `obj` with the value at a dotted path (`spec.template.spec.containers.0.image`) set;
 * `undefined` deletes it. Creates intermediate objects.
 */
export declare function set(obj: Obj, path: string, value: unknown): Obj;
/** A manifest with several fields changed: `make('Deployment', {'spec.replicas': -1})`. */
export declare const make: (name: ManifestName, changes?: Record<string, unknown>) => Obj;
export {};
