/** A scenario: `nodes` nodes of 4 cpu / 8Gi, one ReplicaSet `web` with `replicas`, a ConfigMap and a bare Pod. */
export declare function replicaSetScenarioYaml(opts?: {
    nodes?: number;
    replicas?: number;
    timeline?: string;
    until?: string;
}): string;
